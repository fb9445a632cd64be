import { describe, expect, it } from 'vitest';
import { readDosePerBodySurfaceArea, readDosePerWeight, readFlatDose, readTargetAuc } from './dose-amounts.js';
import { expectRejection } from './test-support/expect-rejection.js';

describe('dose amounts', () => {
  it('converts other mass units to mg', () => {
    expect(readFlatDose({ value: 1.5, unit: 'g' })).toEqual({ value: 1500, unit: 'mg' });
    expect(readDosePerBodySurfaceArea({ value: 1, unit: 'g/m2' })).toEqual({ value: 1000, unit: 'mg/m2' });
    expect(readDosePerWeight({ value: 500, unit: 'ug/kg' })).toEqual({ value: 0.5, unit: 'mg/kg' });
  });

  it('rejects a dose of zero or below', () => {
    expectRejection(() => readFlatDose({ value: 0, unit: 'mg' }), 'not-positive', 'dose', ['`0 mg`']);
    expectRejection(() => readDosePerBodySurfaceArea({ value: -175, unit: 'mg/m2' }), 'not-positive', 'dose', ['`-175 mg/m2`']);
  });

  it('rejects a dose in a unit of the wrong kind', () => {
    expectRejection(() => readDosePerBodySurfaceArea({ value: 175, unit: 'mg/kg' }), 'wrong-unit', 'dose', ['`mg/kg`', '`mg/m2`']);
    expectRejection(() => readFlatDose({ value: 175, unit: 'mg/m2' }), 'wrong-unit', 'dose', ['`mg/m2`']);
  });

  it('takes only a mass per mass for a dose per kg, although UCUM counts % as the same dimension', () => {
    for (const unit of ['%', '1', '[ppm]', 'mL/L']) {
      const error = expectRejection(() => readDosePerWeight({ value: 5, unit }), 'wrong-unit', 'dose', [`\`${unit}\``]);
      expect(error.messages.en).toContain('pure ratio');
    }
    expect(readDosePerWeight({ value: 2, unit: 'mg/[lb_av]' }).value).toBeCloseTo(4.40925, 5);
    // A dose per kg per day is a different dimension, without the ratio hint.
    const perDay = expectRejection(() => readDosePerWeight({ value: 5, unit: 'mg/kg/d' }), 'wrong-unit', 'dose', ['`mg/kg/d`']);
    expect(perDay.messages.en).not.toContain('pure ratio');
  });

  it('takes a target AUC from 1 to 10 mg/mL.min', () => {
    expect(readTargetAuc({ value: 1, unit: 'mg/mL.min' }).value).toBe(1);
    expect(readTargetAuc({ value: 10, unit: 'mg/mL.min' }).value).toBe(10);
    expectRejection(() => readTargetAuc({ value: 10.5, unit: 'mg/mL.min' }), 'auc-out-of-range', 'targetAuc', ['`10.5 mg/mL.min`']);
    // 5 mg/mL.h is 300 mg/mL.min: a unit slip caught by the range.
    expectRejection(() => readTargetAuc({ value: 5, unit: 'mg/mL.h' }), 'auc-out-of-range', 'targetAuc', ['`5 mg/mL.h`', '(300 mg/mL.min)']);
  });
});
