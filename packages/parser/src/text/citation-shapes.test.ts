// Citation-shaped text that is not a citation, on the real chapter 13 with every citation
// rewritten in each broken form: each is a finding at its place, and nothing else is lost.
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGuidelineGraph, readGuidelineSources, type GuidelineSources } from '../index.js';

const projectRoot = fileURLToPath(new URL('../../../../', import.meta.url));
let sources: GuidelineSources;
let text: string;

beforeAll(async () => {
  sources = (await readGuidelineSources(projectRoot, 'livmoderkroppscancer')).sources;
  text = sources.chapters[0]!.text;
});

function read(chapter: string) {
  return buildGuidelineGraph({ ...sources, chapters: [{ ...sources.chapters[0]!, text: chapter }] });
}

/** Every citation group of the chapter, `[@83; @153]`, with its offset and its keys. */
const groups = () => [...text.matchAll(/\[@[^\]\n]*\]/g)].map((match) => ({ at: match.index, written: match[0], keys: [...match[0].matchAll(/@(\w+)/g)].map((key) => key[1]!) }));

/**
 * Rewrites every group with `form` and returns the mutated chapter and the offset at which
 * each rewritten group's finding must start.
 */
function rewriteAll(form: (group: ReturnType<typeof groups>[number]) => { text: string; finding: number; from?: number }) {
  let mutated = '';
  let from = 0;
  const expected: number[] = [];
  for (const group of groups()) {
    const rewritten = form(group);
    const start = rewritten.from ?? group.at;
    mutated += text.slice(from, start);
    expected.push(mutated.length + rewritten.finding);
    mutated += rewritten.text;
    from = group.at + group.written.length;
  }
  return { mutated: mutated + text.slice(from), expected };
}

const findingsOf = (chapter: string) => read(chapter).diagnostics.filter((d) => d.ruleId === 'malformed-citation').map((d) => d.source!.start.offset);

describe('citation-shaped text on chapter 13', () => {
  it('finds nothing malformed in the chapter as it is', () => {
    expect(groups().length).toBe(32);
    expect(findingsOf(text)).toEqual([]);
  });

  it('reports every citation written with a space after `@`, at the key', () => {
    const { mutated, expected } = rewriteAll((group) => ({ text: `[@ ${group.keys.join('; @ ')}]`, finding: 1 }));
    const found = findingsOf(mutated);
    for (const offset of expected) expect(found, `at offset ${offset}`).toContain(offset);
  });

  it('reports every citation written as bare numbers, at its bracket', () => {
    const { mutated, expected } = rewriteAll((group) => ({ text: `[${group.keys.join(', ')}]`, finding: 0 }));
    expect(findingsOf(mutated)).toEqual(expected);
  });

  it('reports every citation left as numbers glued after the full stop, at the numbers', () => {
    // `tumörer [@83; @153]. Nästa` becomes `tumörer.83153 Nästa`, as a copied PDF has it.
    const glued = groups().filter((group) => text[group.at + group.written.length] === '.' && /\p{L}{3} $/u.test(text.slice(group.at - 4, group.at)));
    expect(glued.length).toBeGreaterThan(5);
    let mutated = '';
    let from = 0;
    const expected: number[] = [];
    for (const group of glued) {
      mutated += text.slice(from, group.at - 1) + '.';
      expected.push(mutated.length);
      mutated += group.keys.join('');
      from = group.at + group.written.length + 1;
    }
    mutated += text.slice(from);
    expect(findingsOf(mutated)).toEqual(expected);
  });

  it('takes numbers glued after a word of three letters or more, ending there, and nothing shorter or longer', () => {
    const paragraph = (sentence: string) => `${text}\n\n${sentence}\n`;
    const at = (sentence: string, glued: string) => paragraph(sentence).lastIndexOf(glued) + 1;
    expect(findingsOf(paragraph('Effekten sågs i alla åldrar.83153 Nästa mening.'))).toEqual([at('Effekten sågs i alla åldrar.83153 Nästa mening.', '.83153')]);
    // Two letters (`ca.12`), one digit, and digits running into letters are no citation numbers.
    expect(findingsOf(paragraph('Dosen var ca.12 mg. Det gav 5.5 mg. Se tabell.12a nedan.'))).toEqual([]);
  });

  it('reads a prefix and a page locator as pandoc does, without splitting the sentence at `s.`', () => {
    const first = groups()[0]!;
    const key = first.keys[0]!;
    const parsed = read(text.slice(0, first.at) + `[se @${key}, s. 3]` + text.slice(first.at + first.written.length));
    expect(parsed.diagnostics.filter((d) => d.ruleId === 'malformed-citation')).toEqual([]);
    const citations = parsed.graph.nodes.filter((node) => node.type === 'citation' && node.source.start.offset === first.at + 4);
    expect(citations.map((node) => node.type === 'citation' && node.key)).toEqual([key]);
    const statements = (chapter: GuidelineSources['chapters'][number]['text']) => read(chapter).graph.nodes.filter((node) => node.type === 'statement').length;
    expect(statements(text.slice(0, first.at) + `[se @${key}, s. 3]` + text.slice(first.at + first.written.length))).toBe(statements(text));
  });
});
