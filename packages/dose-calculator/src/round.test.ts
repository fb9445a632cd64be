import { describe, expect, it } from 'vitest';
import { round } from './round.js';

describe('round', () => {
  it('rounds for display and keeps the unit', () => {
    expect(round({ value: 1.818118685772619, unit: 'm2' }, 2)).toEqual({ value: 1.82, unit: 'm2' });
    expect(round({ value: 318.17077001020834, unit: 'mg' }, 0)).toEqual({ value: 318, unit: 'mg' });
  });

  it('rounds half away from zero without binary artefacts', () => {
    // 1.005 is stored as 1.00499999999999989…; rounding by multiplying gives 1.
    expect(round({ value: 1.005, unit: 'mg' }, 2).value).toBe(1.01);
    expect(round({ value: 574.9999999999999, unit: 'mg' }, 0).value).toBe(575);
    expect(round({ value: -2.5, unit: 'mg' }, 0).value).toBe(-3);
  });

  it('handles values whose string form has an exponent', () => {
    expect(round({ value: 1.23456e-7, unit: 'mg' }, 9).value).toBe(1.23e-7);
    expect(round({ value: 1e21, unit: 'mg' }, 2).value).toBe(1e21);
  });

  it('returns only value and unit, not the working of a result', () => {
    const result = { value: 575, unit: 'mg', kind: 'auc', gfrCapped: false } as const;
    expect(round(result, 0)).toEqual({ value: 575, unit: 'mg' });
  });

  it('refuses a number of decimals that is not a small whole number', () => {
    expect(() => round({ value: 1, unit: 'mg' }, -1)).toThrow(RangeError);
    expect(() => round({ value: 1, unit: 'mg' }, 1.5)).toThrow(RangeError);
    expect(() => round({ value: 1, unit: 'mg' }, 16)).toThrow(RangeError);
  });
});
