import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../markdown.js';
import { inlineText } from './inline-text.js';
import { LineIndex } from '@guideline-as-code/types';

/** The first block's readable text, and the source of each of the given words. */
function read(markdown: string) {
  const lines = new LineIndex('f.md', markdown);
  const block = parseMarkdown(markdown).children[0]!;
  const { text, cleaned } = inlineText(block, markdown, lines);
  const sourceOf = (word: string) => {
    const at = text.text.indexOf(word);
    const span = text.span(at, at + word.length);
    return markdown.slice(span.start.offset, span.end.offset);
  };
  const positionOf = (word: string) => {
    const { line, column } = text.span(text.text.indexOf(word), text.text.indexOf(word) + 1).start;
    return `${line}:${column}`;
  };
  return { text: text.text, cleaned, sourceOf, positionOf };
}

describe('inlineText', () => {
  it('keeps each character at its own place after an escape or a character reference', () => {
    const { text, sourceOf } = read('Text med \\* och A&amp;B. Andra [@999].');
    expect(text).toBe('Text med * och A&B. Andra [@999].');
    expect(sourceOf('[@999]')).toBe('[@999]');
    expect(sourceOf('A&B')).toBe('A&amp;B');
    expect(sourceOf('*')).toBe('\\*');
  });

  it('keeps positions on continuation lines with indentation, trailing spaces or quote markers', () => {
    expect(read('Rad ett \n   rad två [@9].').positionOf('[@9]')).toBe('2:12');
    expect(read('> Rad ett\n> rad två [@9].').positionOf('[@9]')).toBe('2:11');
    expect(read('Rad ett\r\nrad två [@9].').positionOf('[@9]')).toBe('2:9');
  });

  it('maps NUL, read by Markdown as U+FFFD, to its own place', () => {
    const { text, positionOf } = read('A\u0000B. Andra [@9].');
    expect(text).toBe('A\uFFFDB. Andra [@9].');
    expect(positionOf('[@9]')).toBe('1:12');
  });

  it('maps inline code to its content, not to the backticks', () => {
    const { text, sourceOf } = read('Hej ``kod ` här`` och [@1].');
    expect(text).toBe('Hej kod ` här och [@1].');
    expect(sourceOf('kod ` här')).toBe('kod ` här');
    expect(sourceOf('[@1]')).toBe('[@1]');
  });

  it('composes a decomposed letter and gives it the source of letter and mark', () => {
    const { text, sourceOf, cleaned } = read('Maximalt 2 a\u030Ar.');
    expect(text).toBe('Maximalt 2 år.');
    expect(sourceOf('år.')).toBe('a\u030Ar.');
    expect(sourceOf('år')).toBe('a\u030Ar');
    expect(cleaned.decomposed).toEqual([11]);
  });

  it('drops zero-width characters inside a word or a number, keeping the span of the whole', () => {
    const { text, sourceOf, cleaned } = read('Kar\u200Bboplatin 1\u200B750 mg.');
    expect(text).toBe('Karboplatin 1750 mg.');
    expect(sourceOf('Karboplatin')).toBe('Kar\u200Bboplatin');
    expect(sourceOf('1750')).toBe('1\u200B750');
    expect(cleaned.invisible).toEqual([3, 14]);
  });
});
