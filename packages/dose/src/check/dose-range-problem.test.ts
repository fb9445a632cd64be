import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ParsedDose } from '../dose-types.js';
import type { DrugEntry } from '../lexicon/lexicon-types.js';
import { parseDoses } from '../parse-doses.js';
import { realLexicon } from '../__fixtures__/real-lexicon.js';
import { doseRangeProblem } from './dose-range-problem.js';

const chapter = readFileSync(new URL('../../../../guideline-src/livmoderkroppscancer/original/kapitel-13.txt', import.meta.url), 'utf8');
const lexicon = realLexicon();

/** Every chapter dose with a drug and an amount, with its lexicon entry. */
const chapterDoses: [string, ParsedDose, DrugEntry][] = chapter
  .split('\n')
  .flatMap((paragraph) => parseDoses(paragraph, lexicon, { checkRanges: false }).doses)
  .flatMap((dose) => {
    const drug = lexicon.drugs.find((entry) => entry.id === dose.drug);
    return drug !== undefined && dose.amount !== null ? [[dose.text, dose, drug] as [string, ParsedDose, DrugEntry]] : [];
  });

const KEYNOTE_775_PLD = 'iv liposomalt doxorubicin 60 mg/m2 var tredje vecka';

describe('plausible ranges against the doses of chapter 13', () => {
  it('covers the chapter doses', () => {
    expect(chapterDoses).toHaveLength(25);
  });

  it.each(chapterDoses.filter(([text]) => text !== KEYNOTE_775_PLD))('accepts %s', (_text, dose, drug) => {
    expect(doseRangeProblem(dose, drug)).toBeNull();
  });

  it('questions pegylated liposomal doxorubicin 60 mg/m2 every 3 weeks (KEYNOTE-775 gave conventional doxorubicin)', () => {
    const [, dose, drug] = chapterDoses.find(([text]) => text === KEYNOTE_775_PLD) ?? [];
    expect(dose && drug && doseRangeProblem(dose, drug)?.ruleId).toBe('dose-range');
  });

  it.each(chapterDoses)('rejects ten times %s', (_text, dose, drug) => {
    const amount = dose.amount ?? { low: 0, high: 0 };
    const tenfold = { ...dose, amount: { low: amount.low * 10, high: amount.high * 10 } };
    expect(doseRangeProblem(tenfold, drug)?.ruleId).toBe('dose-range');
  });
});

describe('a dose given on several days of a cycle', () => {
  // Own sentences: gemcitabine–cisplatin with cisplatin split over days 1 and 8.
  const rangeOf = (text: string) => parseDoses(text, lexicon).diagnostics.filter((d) => d.ruleId === 'dose-range').length;

  it('fits when its total per cycle lies in a range of one dose per cycle', () => {
    expect(rangeOf('Cisplatin 25 mg/m2 dag 1 och 8 var 21:a dag.')).toBe(0);
    expect(rangeOf('Cisplatin 25 mg/m2 dag 1 var 21:a dag.')).toBe(1);
  });

  it('still rejects ten times the dose, and a tenth', () => {
    expect(rangeOf('Cisplatin 250 mg/m2 dag 1 och 8 var 21:a dag.')).toBe(1);
    expect(rangeOf('Cisplatin 2,5 mg/m2 dag 1 och 8 var 21:a dag.')).toBe(1);
  });
});

describe('weekly low-dose carboplatin with radiotherapy (a sourced range of the lexicon)', () => {
  const rangeOf = (text: string) => parseDoses(text, lexicon).diagnostics.filter((d) => d.ruleId === 'dose-range').length;

  it('AUC 2 weekly fits; it was questioned, as only the three- to four-weekly AUC 4–7 was known', () => {
    expect(rangeOf('Karboplatin (mål-AUC 2) veckovis under strålbehandlingen.')).toBe(0);
  });

  it('AUC 5 weekly, or AUC 2 every three weeks, still does not fit', () => {
    expect(rangeOf('Karboplatin AUC 5 veckovis.')).toBe(1);
    expect(rangeOf('Karboplatin AUC 2 var tredje vecka.')).toBe(1);
  });
});
