import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignSource } from './align-source.js';

const pieces = (value: string, source: string) => {
  const { starts, ends } = alignSource(value, source, 0, source.length);
  return [...value].map((char, i) => `${char}=${source.slice(starts[i], ends[i])}`);
};

describe('alignSource', () => {
  it('pairs escapes, references and NUL with the characters they stand for', () => {
    expect(pieces('*&é\uFFFD', '\\*&amp;&#233;\u0000')).toEqual(['*=\\*', '&=&amp;', 'é=&#233;', '\uFFFD=\u0000']);
  });

  it('skips the indentation and markers of a continuation line', () => {
    expect(pieces('a\nb', 'a  \n>  b')).toEqual(['a=a', '\n= ', 'b=b']);
  });

  it('gives every character a range inside the slice, for any value and source', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (value, source) => {
        const { starts, ends } = alignSource(value, source, 0, source.length);
        expect(starts).toHaveLength(value.length);
        for (let i = 0; i < value.length; i++) {
          expect(starts[i]).toBeGreaterThanOrEqual(0);
          expect(ends[i]).toBeGreaterThanOrEqual(starts[i]!);
          expect(ends[i]).toBeLessThanOrEqual(Math.max(source.length, starts[i]!));
        }
      }),
      { numRuns: 300 },
    );
  });
});
