import { describe, expect, it } from 'vitest';
import { weightBasedDose } from './weight-based-dose.js';
import { expectRejection } from './test-support/expect-rejection.js';

describe('weightBasedDose', () => {
  it('multiplies the dose per kg by the weight: 15 mg/kg × 70 kg = 1050 mg', () => {
    expect(weightBasedDose({ dose: { value: 15, unit: 'mg/kg' }, weight: { value: 70, unit: 'kg' } })).toEqual({
      value: 1050,
      unit: 'mg',
      kind: 'weight',
      dose: { value: 15, unit: 'mg/kg' },
      weight: { value: 70, unit: 'kg' },
    });
  });

  it('rejects a weight in a length unit', () => {
    expectRejection(() => weightBasedDose({ dose: { value: 15, unit: 'mg/kg' }, weight: { value: 70, unit: 'cm' } }), 'wrong-unit', 'weight', [
      '`cm`',
    ]);
  });
});
