import { describe, expect, it } from 'vitest';
import type { ParsedDose } from './dose-types.js';
import { parseDoses } from './parse-doses.js';
import { realLexicon } from './__fixtures__/real-lexicon.js';

// Own sentences, written for these tests in the style of regional regimen sheets.
const read = (text: string) => parseDoses(text, realLexicon(), { checkRanges: false, checkKinds: false });
const r = (low: number, high = low) => ({ low, high });

function only(text: string): ParsedDose {
  const { doses } = read(text);
  expect(doses).toHaveLength(1);
  return doses[0] as ParsedDose;
}

describe('schedule forms of regimen sheets', () => {
  it('`x 2 /dag` is twice a day, daily', () => {
    const dose = only('Kapecitabin 1000 mg/m2 x 2 /dag.');
    expect([dose.timesPerDay, dose.intervalDays]).toEqual([r(2), r(1)]);
  });

  it('`2 doser/dygn` is twice a day', () => {
    expect(only('Kapecitabin 825 mg/m2 po 2 doser/dygn.').timesPerDay).toEqual(r(2));
  });

  it('`cykelintervall 21 dagar` sets the cycle and its interval; with days of the cycle it replaces the daily interval', () => {
    const dose = only('Kapecitabin 1000 mg/m2 x 2 /dag dag 1-14, cykelintervall 21 dagar, 6 kurer ges totalt.');
    expect([dose.days?.length, dose.cycleLengthDays, dose.intervalDays, dose.timesPerDay, dose.cycles]).toEqual([14, 21, r(21), r(2), r(6)]);
    expect(read('Kapecitabin 1000 mg/m2 x 2 /dag dag 1-14, cykelintervall 21 dagar, 6 kurer ges totalt.').diagnostics).toEqual([]);
  });

  it('`cykellängd 7 d` and `kurintervall 3 veckor`', () => {
    expect(only('Kapecitabin 825 mg/m2 dag 1–5, cykellängd 7 d.').cycleLengthDays).toBe(7);
    expect(only('Docetaxel 75 mg/m2 dag 1, kurintervall 3 veckor.').intervalDays).toEqual(r(21));
  });

  it('`Dag 1:` heading a sentence gives its days to each dose of the sentence', () => {
    const { doses } = read('Dag 1: paklitaxel 175 mg/m2 iv och karboplatin AUC 5 iv.');
    expect(doses.map((d) => [d.drug, d.days])).toEqual([['paclitaxel', [1]], ['carboplatin', [1]]]);
  });

  it('`Dygnsdos` before an amount is a daily total', () => {
    expect(only('Ondansetron: dygnsdos 8–16 mg.').intervalDays).toEqual(r(1));
  });

  it('a concentration in a clause with a drug is a recognised non-dose, not a leftover', () => {
    expect(read('Paklitaxel 6 mg/ml späds före infusion.').diagnostics).toEqual([]);
  });

  it('vial contents are not doses', () => {
    expect(read('Lös upp 150 mg torrsubstans trastuzumab i vatten.').doses).toEqual([]);
  });

  it('a drug and amount after `schemat för` name a regimen, not a dose', () => {
    expect(read('Blodprover tas enligt schemat för Nivolumab 240 mg.').doses).toEqual([]);
  });

  it('days of the cycle after a combination are every member\'s; routes stay their own', () => {
    const { doses } = read('Trastuzumab 600 mg sc och pertuzumab 420 mg iv dag 1, ny kur dag 22.');
    expect(doses.map((d) => [d.route, d.days, d.intervalDays])).toEqual([
      ['sc', [1], r(21)],
      ['iv', [1], r(21)],
    ]);
  });
});
