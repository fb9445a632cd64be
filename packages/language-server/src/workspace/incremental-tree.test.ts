import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '@guideline-as-code/parser';
import { reparse } from './incremental-tree.js';

const chapter = readFileSync(new URL('../../../../guideline-src/livmoderkroppscancer/13-behandling-av-aterfall.md', import.meta.url), 'utf8');

/** Applies `edit` to `text` after parsing it, and checks the tree of the edited text against a parse of the whole. */
function expectSameTree(text: string, edited: string): { reused: boolean } {
  const previous = parseMarkdown(text);
  const tree = reparse({ text, tree: previous }, edited);
  expect(tree).toEqual(parseMarkdown(edited));
  return { reused: tree.children[0] === previous.children[0] };
}

const at = (needle: string) => {
  const offset = chapter.indexOf(needle);
  if (offset === -1) throw new Error(`not in the chapter: ${needle}`);
  return offset;
};
const insert = (offset: number, words: string) => chapter.slice(0, offset) + words + chapter.slice(offset);

describe('reparse', () => {
  it('gives the tree of a whole parse for edits that keep the block structure', () => {
    // Only the blocks around the edit are parsed again: the blocks before it are kept as they were.
    expect(expectSameTree(chapter, insert(at('God evidens för') + 10, ' Mätning 1.'))).toEqual({ reused: true });
    expect(expectSameTree(chapter, chapter.replace('| paklitaxel | 175 mg/m2 |', '| paklitaxel | 135 mg/m2 |'))).toEqual({ reused: true });
    expect(expectSameTree(chapter, chapter.replace('(175 mg/m2) (+++)', '(175 mg/m2) (++)'))).toEqual({ reused: true });
    expect(expectSameTree(chapter, `${chapter}\nEtt nytt stycke sist.\n`)).toEqual({ reused: true });
    expectSameTree(chapter, chapter.replace('# 13 Behandling av återfall', '# 13 Behandling vid återfall'));
  });

  it('gives the tree of a whole parse for edits that change what follows: fences, boxes, lists, setext headings, joined paragraphs', () => {
    const middle = at('God evidens för');
    for (const words of ['```\n', ':::regimen[X]{#x}\n', '- punkt\n', '> citat\n', '<div>\n', '    kod\n', '| a | b |\n| --- | --- |\n']) {
      expectSameTree(chapter, insert(middle, words));
    }
    expectSameTree(chapter, insert(middle + 'God evidens för val av andra linjens behandling saknas.'.length, '\n==='));
    // Deleting the blank line between two paragraphs joins them; deleting a box's closing line opens it to the end.
    expectSameTree(chapter, chapter.replace('saknas.\n\nMajoriteten', 'saknas.\nMajoriteten'));
    expectSameTree(chapter, chapter.replace('| 13, 13.3.1 |\n:::\n', '| 13, 13.3.1 |\n\n'));
    expectSameTree(chapter, insert(middle, '[x]: https://example.org\n\n'));
  });

  it('gives the tree of a whole parse for edits anywhere: inserted and deleted characters at pseudo-random places', () => {
    let seed = 13;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pieces = ['a', ' ', '\n', '\n\n', '-', '|', ':::', '*', '`', '#', '>', '1.', 'ä', '\r\n', '<!-- x -->'];
    for (let i = 0; i < 60; i++) {
      const offset = Math.floor(next() * chapter.length);
      const deleted = next() < 0.4 ? Math.floor(next() * 40) : 0;
      const words = pieces[Math.floor(next() * pieces.length)]!;
      expectSameTree(chapter, chapter.slice(0, offset) + words + chapter.slice(offset + deleted));
    }
  });

  it('keeps the tree for the same text and parses the whole without a previous tree', () => {
    const tree = parseMarkdown(chapter);
    expect(reparse({ text: chapter, tree }, chapter)).toBe(tree);
    expect(reparse(undefined, chapter)).toEqual(tree);
  });
});
