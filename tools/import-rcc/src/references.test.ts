import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { mergeReferences, NOT_STATED_FIELDS } from './references.js';

describe('mergeReferences', () => {
  it('writes one entry per cited number, ascending, with the unknown fields marked as not stated', () => {
    const { yaml, added, kept } = mergeReferences(undefined, [153, 83, 154, 83]);
    expect(added).toEqual([83, 153, 154]);
    expect(kept).toBe(0);
    expect(parse(yaml)).toEqual([83, 153, 154].map((n) => ({ id: String(n), 'citation-number': n, 'not-stated': [...NOT_STATED_FIELDS] })));
    expect(yaml).toContain('- id: "83"\n  citation-number: 83\n  not-stated: [type, author, title, container-title, issued]\n');
    expect(yaml.startsWith('# References of this guideline')).toBe(true);
    expect(yaml).toMatch(/not filled in from memory/u);
  });

  it('never invents bibliographic details', () => {
    const entries = parse(mergeReferences(undefined, [60]).yaml) as Record<string, unknown>[];
    for (const field of ['author', 'title', 'container-title', 'issued', 'type', 'DOI', 'URL']) expect(entries[0]).not.toHaveProperty(field);
  });

  it('keeps what editors added, adds new numbers in their place and changes nothing else', () => {
    const edited = [
      '# our own header',
      '- id: "83"',
      '  citation-number: 83',
      '  type: article-journal',
      '  title: Ett redigerat namn # checked against the programme',
      '  not-stated: [author, container-title, issued]',
      '- id: "154"',
      '  citation-number: 154',
      '  not-stated: [type, author, title, container-title, issued]',
      '',
    ].join('\n');
    const { yaml, added, kept } = mergeReferences(edited, [83, 153, 154]);
    expect(added).toEqual([153]);
    expect(kept).toBe(2);
    const entries = parse(yaml) as Record<string, unknown>[];
    expect(entries.map((e) => e['id'])).toEqual(['83', '153', '154']);
    expect(entries[0]).toEqual({ id: '83', 'citation-number': 83, type: 'article-journal', title: 'Ett redigerat namn', 'not-stated': ['author', 'container-title', 'issued'] });
    expect(yaml).toContain('# our own header');
    expect(yaml).toContain('# checked against the programme');
  });

  it('keeps entries no longer cited: other chapters may cite them', () => {
    const { yaml } = mergeReferences(mergeReferences(undefined, [1, 2]).yaml, [3]);
    expect((parse(yaml) as { id: string }[]).map((e) => e.id)).toEqual(['1', '2', '3']);
  });

  it('returns an up-to-date file unchanged, byte for byte', () => {
    const first = mergeReferences(undefined, [83, 84]).yaml;
    const odd = first.replace('[type, author', '[ type, author');
    expect(mergeReferences(odd, [84, 83])).toEqual({ yaml: odd, added: [], kept: 2 });
  });

  it('rejects a file that is not a list of entries', () => {
    expect(() => mergeReferences('a: 1\n', [1])).toThrow(/list/u);
    expect(() => mergeReferences('- [\n', [1])).toThrow(/not valid YAML/u);
  });
});
