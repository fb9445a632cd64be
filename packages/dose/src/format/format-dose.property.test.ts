import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DoseKind, DoseUnit, Duration, OpenRange, ParsedDose, Range } from '../dose-types.js';
import { completeFractionation } from '../derive/complete-fractionation.js';
import { intensityPerWeek } from '../derive/intensity-per-week.js';
import { parseDoses } from '../parse-doses.js';
import { realLexicon } from '../__fixtures__/real-lexicon.js';
import { formatDose } from './format-dose.js';

/** The fields a dose is normalised to; source text, positions, phases and links are not. */
type Normalised = Pick<
  ParsedDose,
  'drug' | 'regimen' | 'amount' | 'unit' | 'doseKind' | 'intervalDays' | 'timesPerDay' | 'pause' | 'cycles' | 'maxDuration' | 'route' | 'fractionation' | 'intensityPerWeek'
>;

const lexicon = realLexicon();
const UNITS: Record<Exclude<DoseKind, 'radiation'>, DoseUnit> = {
  flat: 'mg', 'body-surface': 'mg/m2', weight: 'mg/kg', auc: 'mg/mL.min', units: 'MU', 'units-per-weight': 'MU/kg',
};

/** Amounts as guidelines write them: whole numbers, or tenths and hundredths. */
const amountValue = fc.oneof(fc.integer({ min: 1, max: 20000 }), fc.integer({ min: 1, max: 99999 }).map((n) => n / 100));
const range = (value: fc.Arbitrary<number>): fc.Arbitrary<Range> =>
  fc.oneof(value.map((v) => ({ low: v, high: v })), fc.tuple(value, value).filter(([a, b]) => a !== b).map(([a, b]) => ({ low: Math.min(a, b), high: Math.max(a, b) })));
const count = fc.integer({ min: 1, max: 60 });
const interval: fc.Arbitrary<Range> = fc.oneof(
  fc.constantFrom(1, 2, 3, 5, 7, 14, 21, 28, 42).map((d) => ({ low: d, high: d })),
  fc.constantFrom({ low: 14, high: 21 }, { low: 21, high: 28 }, { low: 2, high: 5 }),
);
const cycles: fc.Arbitrary<OpenRange> = fc.oneof(
  range(count),
  count.map((high) => ({ low: null, high })),
  count.map((low) => ({ low, high: null })),
);
const duration: fc.Arbitrary<Duration> = fc
  .tuple(fc.integer({ min: 1, max: 10 }), fc.constantFrom(['a', 365.25], ['mo', 30.4375], ['wk', 7], ['d', 1]) as fc.Arbitrary<[Duration['unit'], number]>)
  .map(([value, [unit, days]]) => ({ value, unit, days: value * days }));
const route = fc.constantFrom(null, 'iv' as const, 'po' as const, 'sc' as const, 'im' as const, 'ip' as const);

const empty: Normalised = {
  drug: null, regimen: null, amount: null, unit: null, doseKind: null, intervalDays: null, timesPerDay: null, pause: null,
  cycles: null, maxDuration: null, route: null, fractionation: null, intensityPerWeek: null,
};

/** A drug dose with an amount and any schedule details. */
const drugDose = fc
  .record({
    drug: fc.constantFrom(...lexicon.drugs.map((d) => d.id)),
    kind: fc.constantFrom(...(Object.keys(UNITS) as (keyof typeof UNITS)[])),
    amount: range(amountValue),
    intervalDays: fc.option(interval, { nil: null }),
    pauseWeeks: fc.option(fc.integer({ min: 2, max: 6 }), { nil: null }),
    times: fc.option(fc.constantFrom(2, 3), { nil: null }),
    cycles: fc.option(cycles, { nil: null }),
    maxDuration: fc.option(duration, { nil: null }),
    route,
  })
  .map(({ kind, pauseWeeks, times, ...d }): Normalised => ({
    ...empty,
    ...d,
    unit: UNITS[kind],
    doseKind: kind,
    // Several times a day is given every day (`x 2 dagligen`).
    timesPerDay: d.intervalDays?.low === 1 && d.intervalDays.high === 1 && times !== null ? { low: times, high: times } : null,
    pause: d.intervalDays !== null && pauseWeeks !== null ? { periodDays: pauseWeeks * 7, offDays: 7 } : null,
  }));

/** A count of cycles for a drug or regimen, without an amount (`sju cykler KarPak`). */
const cycleOnly = fc
  .record({
    named: fc.constantFrom(...lexicon.drugs.map((d) => ['drug', d.id] as const), ...lexicon.regimens.map((r) => ['regimen', r.id] as const)),
    cycles,
    intervalDays: fc.option(interval, { nil: null }),
    route,
  })
  .map(({ named, ...d }): Normalised => ({ ...empty, ...d, [named[0]]: named[1] }));

/** Radiotherapy in each of the forms the grammar reads. */
const radiation = fc
  .record({
    perFraction: range(fc.integer({ min: 1, max: 250 }).map((n) => n / 10)),
    fractions: range(fc.integer({ min: 1, max: 40 })),
    total: range(fc.integer({ min: 10, max: 80 })),
    form: fc.constantFrom('perFraction×fractions', 'perFraction→total', 'total/fractions', 'total', 'perFraction'),
  })
  .map(({ perFraction, fractions, total, form }): Normalised => {
    const stated = {
      dosePerFraction: form.startsWith('perFraction') ? perFraction : null,
      fractions: form.includes('fractions') ? fractions : null,
      total: form.includes('total') ? total : null,
    };
    const fractionation = completeFractionation(stated);
    const dpf = fractionation.dosePerFraction;
    return { ...empty, unit: 'Gy', doseKind: 'radiation', fractionation, amount: dpf && { low: dpf.low, high: dpf.high } };
  });

function withIntensity(dose: Normalised): Normalised {
  return { ...dose, intensityPerWeek: intensityPerWeek(dose) };
}

function normalised(dose: ParsedDose): Normalised {
  const { drug, regimen, amount, unit, doseKind, intervalDays, timesPerDay, pause, cycles, maxDuration, route, fractionation, intensityPerWeek } = dose;
  return { drug, regimen, amount, unit, doseKind, intervalDays, timesPerDay, pause, cycles, maxDuration, route, fractionation, intensityPerWeek };
}

describe('formatDose', () => {
  it('reads back as the same normalised dose (round trip)', () => {
    fc.assert(
      fc.property(fc.oneof(drugDose, cycleOnly, radiation).map(withIntensity), (dose) => {
        const text = formatDose(dose, lexicon);
        const { doses } = parseDoses(text, lexicon);
        expect(doses.map(normalised), text).toEqual([dose]);
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    [{ ...empty, drug: 'pembrolizumab', amount: { low: 200, high: 200 }, unit: 'mg', doseKind: 'flat', intervalDays: { low: 21, high: 21 }, route: 'iv', cycles: { low: null, high: 35 } }, 'iv pembrolizumab 200 mg var 3:e vecka upp till 35 cykler'],
    [{ ...empty, regimen: 'karpak', cycles: { low: 6, high: 8 } }, 'KarPak i 6–8 cykler'],
    [{ ...empty, drug: 'medroxyprogesterone-acetate', amount: { low: 1000, high: 1000 }, unit: 'mg', doseKind: 'flat', intervalDays: { low: 1, high: 1 } }, 'medroxiprogesteronacetat 1\u00a0000 mg dagligen'],
  ] as [Normalised, string][])('writes canonical Swedish: %#', (dose, text) => {
    expect(formatDose(dose, lexicon)).toBe(text);
  });
});
