import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';

const sentences = (text: string) => splitSentences(text).map((r) => text.slice(r.start, r.end));

describe('splitSentences', () => {
  it('splits Swedish prose at full stops followed by a capital or a digit', () => {
    expect(sentences('Studien pågår. 76 % rapporterade biverkningar >grad 1. Data för OS är ännu inte mogna.')).toEqual([
      'Studien pågår.',
      '76 % rapporterade biverkningar >grad 1.',
      'Data för OS är ännu inte mogna.',
    ]);
  });

  it('keeps abbreviations, decimals and section numbers inside the sentence', () => {
    expect(sentences('33 % avbröt pga. biverkningar, se avsnitt 13.3.2.1 Immunterapi ovan. Nästa mening.')).toEqual([
      '33 % avbröt pga. biverkningar, se avsnitt 13.3.2.1 Immunterapi ovan.',
      'Nästa mening.',
    ]);
  });

  it('ends a sentence after a closing bracket and keeps a missing full stop as one sentence', () => {
    expect(sentences('PFS 13,1 månader (95 % CI 4,3-34,4 månader). Bland dem (se ClinicalTrials) Resultaten inväntas.')).toEqual([
      'PFS 13,1 månader (95 % CI 4,3-34,4 månader).',
      'Bland dem (se ClinicalTrials) Resultaten inväntas.',
    ]);
  });

  it('starts a sentence at a mixed-case abbreviation such as dMMR', () => {
    expect(sentences('Patienter var inkluderade. dMMR/MSI-H förekommer hos 20-30 %.')).toEqual(['Patienter var inkluderade.', 'dMMR/MSI-H förekommer hos 20-30 %.']);
  });

  it('keeps an evidence grade after the full stop with its sentence', () => {
    expect(sentences('Palliativ strålbehandling är effektiv. (++) Nästa.')).toEqual(['Palliativ strålbehandling är effektiv. (++)', 'Nästa.']);
  });

  it('covers every non-space character of the input', () => {
    const text = '  a. b? C! D…  ';
    const covered = splitSentences(text).map((r) => text.slice(r.start, r.end)).join('');
    expect(covered.replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });
});
