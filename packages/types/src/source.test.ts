import { describe, expect, it } from 'vitest';
import { LineIndex, formatSource, wholeFile } from './index.js';

describe('LineIndex', () => {
  it('counts LF, CRLF and a lone CR as one line end each', () => {
    const index = new LineIndex('a.md', 'ab\ncd\r\nef\rgh');
    expect(index.point(0)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(index.point(3)).toEqual({ line: 2, column: 1, offset: 3 });
    expect(index.point(7)).toEqual({ line: 3, column: 1, offset: 7 });
    expect(index.point(10)).toEqual({ line: 4, column: 1, offset: 10 });
    expect(index.point(11)).toEqual({ line: 4, column: 2, offset: 11 });
  });

  it('finds columns on a very long single line without splitting it', () => {
    const text = 'x'.repeat(1_000_000);
    expect(new LineIndex('long.md', text).point(999_999)).toEqual({ line: 1, column: 1_000_000, offset: 999_999 });
  });

  it('never makes a span end before it starts', () => {
    const span = new LineIndex('a.md', 'abc\ndef').span(5, 2);
    expect(span.end.offset).toBe(5);
    expect(formatSource(span)).toBe('a.md:2:2');
  });
});

describe('wholeFile', () => {
  it('points at the start of the file', () => {
    expect(formatSource(wholeFile('x/y.yaml'))).toBe('x/y.yaml:1:1');
  });
});
