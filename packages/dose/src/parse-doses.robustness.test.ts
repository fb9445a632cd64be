import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDoses } from './parse-doses.js';
import { createWorkCounter } from './scan/work-counter.js';
import { readChapter, realLexicon } from './__fixtures__/real-lexicon.js';

/**
 * Units of work allowed per input character. Each token is looked at by a fixed set of
 * readers, each reading a bounded number of tokens ahead, so the work per character has a
 * constant bound (about 150 on the worst inputs below, with one-character tokens); the bound
 * here is generous: the point is that it does not grow with length.
 */
const STEPS_PER_CHAR = 400;

function stepsFor(text: string): number {
  const work = createWorkCounter();
  parseDoses(text, realLexicon(), { work });
  return work.steps;
}

/** Pieces of dose prose and of hostile input, to be glued together at random. */
const PIECES = [
  '1', ' ', '1 ', '000', '\u00a0', '\u202f', ',', '.', '-', '–', '/', 'x', '×', ':e', '(', ')', '[@', ']', '+', '%',
  'mg', 'mg/', 'm2', 'm²', 'kg', 'AUC', 'Gy', 'Gy-fraktioner', 'var', 'vecka', 'veckovis', 'dagligen', 'cykler',
  'upp till', 'maximalt', 'år', 'följt av', 'eller', 'iv', 'po', 'KarPak', 'paklitaxel', 'dostarlimab', 'liposomalt',
  'doxorubicin', 'med paus var fjärde vecka', 'xyzumab', 'Å', 'é', '\u0301', '😀', '\ud800', '\n\n',
];
const soup = fc.array(fc.constantFrom(...PIECES), { maxLength: 400 }).map((parts) => parts.join(''));

describe('parseDoses on arbitrary input', () => {
  it('never throws, and its positions stay inside the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), soup), (text) => {
        const { doses, diagnostics } = parseDoses(text, realLexicon());
        for (const item of [...doses, ...diagnostics]) {
          expect(item.start).toBeGreaterThanOrEqual(0);
          expect(item.end).toBeLessThanOrEqual(text.length);
          expect(item.start).toBeLessThanOrEqual(item.end);
        }
        for (const dose of doses) expect(text.slice(dose.start, dose.end)).toBe(dose.text);
      }),
      { numRuns: 500 },
    );
  });

  it('does work linear in the length of the input', () => {
    fc.assert(
      fc.property(soup, (text) => {
        expect(stepsFor(text)).toBeLessThanOrEqual(STEPS_PER_CHAR * (text.length + 1));
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['digit soup', '1 '.repeat(50_000)],
    ['thousands groups', '1 000 '.repeat(20_000)],
    ['dashes', '-'.repeat(100_000)],
    ['ranges', '1–'.repeat(50_000)],
    ['units', 'mg/mg/mg/'.repeat(10_000)],
    ['open citations', '[@'.repeat(50_000)],
    ['long citation-like runs', `[@${'1'.repeat(190)}`.repeat(500)],
    ['phases', 'dostarlimab 500 mg följt av '.repeat(5_000)],
    ['regimens after combinations', 'karboplatin AUC 5 /paklitaxel 175 mg/m2 (KarPak) '.repeat(2_000)],
    ['radiotherapy', '4 Gy x 5 eller '.repeat(10_000)],
    ['the whole chapter ten times', readChapter().repeat(10)],
  ])('%s: huge input within the linear bound', (_name, text) => {
    expect(() => parseDoses(text, realLexicon())).not.toThrow();
    expect(stepsFor(text)).toBeLessThanOrEqual(STEPS_PER_CHAR * (text.length + 1));
  });

  it('does twice the work for twice the input', () => {
    const once = stepsFor(readChapter());
    const twice = stepsFor(readChapter().repeat(2));
    expect(twice / once).toBeGreaterThan(1.9);
    expect(twice / once).toBeLessThan(2.1);
  });
});
