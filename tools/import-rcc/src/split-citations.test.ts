import { describe, expect, it } from 'vitest';
import { parseReferenceRange, splitGluedCitations } from './split-citations.js';

const RCC = { min: 1, max: 190 };

describe('splitGluedCitations', () => {
  // The examples of the issue: the fewest strictly ascending numbers within 1–190.
  it.each([
    ['83153154', [83, 153, 154]],
    ['155156157158', [155, 156, 157, 158]],
    ['126133', [126, 133]],
    ['175177', [175, 177]],
    ['166167168', [166, 167, 168]],
    ['83153', [83, 153]],
    ['171172173', [171, 172, 173]],
    ['60', [60]],
    ['190', [190]],
  ])('splits %s into %j', (run, numbers) => {
    expect(splitGluedCitations(run, RCC)).toEqual({ kind: 'unique', numbers });
  });

  it('prefers the fewest numbers: 175177 is 175, 177 and not 17, 51, 77', () => {
    expect(splitGluedCitations('175177', RCC)).toEqual({ kind: 'unique', numbers: [175, 177] });
  });

  it('reports equally short splits instead of guessing: 1150 is 1, 150 or 11, 50', () => {
    expect(splitGluedCitations('1150', RCC)).toEqual({ kind: 'ambiguous', options: [[1, 150], [11, 50]] });
  });

  it('depends on the range of the reference list', () => {
    expect(splitGluedCitations('126133', { min: 1, max: 200_000 })).toEqual({ kind: 'unique', numbers: [126133] });
    expect(splitGluedCitations('190191', RCC)).toEqual({ kind: 'none' });
  });

  it.each(['2010', '6015', '0', ''])('finds no split of %j that is ascending and in range', (run) => {
    expect(splitGluedCitations(run, RCC)).toEqual({ kind: 'none' });
  });

  it('never starts a number with 0: 60152 is 60, 152, not 6, 0152', () => {
    expect(splitGluedCitations('60152', RCC)).toEqual({ kind: 'unique', numbers: [60, 152] });
  });
});

describe('parseReferenceRange', () => {
  it.each([
    ['1-190', { min: 1, max: 190 }],
    ['1–190', { min: 1, max: 190 }],
    [' 5 - 9 ', { min: 5, max: 9 }],
  ])('reads %j', (text, range) => {
    expect(parseReferenceRange(text)).toEqual(range);
  });

  it.each(['190', '0-10', '10-1', 'a-b'])('rejects %j', (text) => {
    expect(() => parseReferenceRange(text)).toThrow();
  });
});
