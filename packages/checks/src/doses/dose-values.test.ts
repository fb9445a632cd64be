import { describe, expect, it } from 'vitest';
import { contradicts, differingFields, type DoseValues } from './dose-values.js';

const r = (low: number, high = low) => ({ low, high });
const dose = (values: Partial<DoseValues>): DoseValues => ({
  amount: r(8),
  unit: 'mg',
  doseKind: 'flat',
  intervalDays: r(1),
  cycles: null,
  maxDuration: null,
  fractionation: null,
  ...values,
});

// `Ondansetron 8 mg dagligen` against `Ondansetron 8 mg två gånger dagligen`: both every day.
describe('times a day are part of the schedule', () => {
  it('once and twice a day differ in the interval field and contradict', () => {
    const once = dose({ timesPerDay: null, intensityPerWeek: r(56) });
    const twice = dose({ timesPerDay: r(2), intensityPerWeek: r(112) });
    expect(differingFields(once, twice)).toEqual(['interval']);
    expect(contradicts(once, twice)).toBe(true);
  });

  it('an unwritten count equals once, and the same count agrees', () => {
    expect(differingFields(dose({ timesPerDay: null }), dose({ timesPerDay: r(1) }))).toEqual([]);
    expect(contradicts(dose({ timesPerDay: r(2) }), dose({ timesPerDay: r(2) }))).toBe(false);
  });

  it('is not compared with a value that has no times-per-day field (a regimen row)', () => {
    expect(differingFields(dose({}), dose({ timesPerDay: r(2) }))).toEqual([]);
  });

  it('16 mg once a day and 8 mg twice a day give the same dose per week', () => {
    const once = dose({ amount: r(16), timesPerDay: null, intensityPerWeek: r(112) });
    const twice = dose({ timesPerDay: r(2), intensityPerWeek: r(112) });
    expect(contradicts(once, twice)).toBe(false);
  });
});
