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
