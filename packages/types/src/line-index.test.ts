import { describe, expect, it } from 'vitest';
import { LineIndex } from './source.js';

const at = (text: string, offset: number) => {
  const { line, column } = new LineIndex('f.md', text).point(offset);
  return `${line}:${column}`;
};

describe('LineIndex', () => {
  it('counts lines ended by LF, CRLF and a lone CR alike', () => {
    expect(at('ab\ncd', 3)).toBe('2:1');
    expect(at('ab\r\ncd', 4)).toBe('2:1');
    expect(at('ab\rcd', 3)).toBe('2:1');
    expect(at('a\r\n\r\nb\rc\nd', 9)).toBe('5:1');
  });

  it('puts the CR of a CRLF at the end of its own line', () => {
    expect(at('ab\r\ncd', 2)).toBe('1:3');
    expect(at('ab\r\ncd', 3)).toBe('1:4');
  });

  it('answers for offsets at and past the end of the text', () => {
    expect(at('ab\n', 3)).toBe('2:1');
    expect(at('', 0)).toBe('1:1');
  });
});
