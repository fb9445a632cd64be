import { describe, expect, it } from 'vitest';
import { calculateDose } from './calculate-dose.js';
import { flatDose } from './flat-dose.js';
import { expectRejection } from './test-support/expect-rejection.js';
import { weightBasedDose } from './weight-based-dose.js';

// Filgrastim as the national regimen library doses it: 0.5 ME/kg, or 30 ME / 48 ME by weight band.
describe('doses in million international units (10*6.[iU])', () => {
  it('multiplies a dose per kg by the weight, like mg/kg: 0.5 × 70 kg = 35 million units', () => {
    const dose = weightBasedDose({ dose: { value: 0.5, unit: '10*6.[iU]/kg' }, weight: { value: 70, unit: 'kg' } });
    expect(dose).toEqual({
      value: 35,
      unit: '10*6.[iU]',
      kind: 'weight',
      dose: { value: 0.5, unit: '10*6.[iU]/kg' },
      weight: { value: 70, unit: 'kg' },
    });
  });

  it('converts the weight, never the units: 0.5 per kg × 154.32 lb', () => {
    const dose = weightBasedDose({ dose: { value: 0.5, unit: '10*6.[iU]/kg' }, weight: { value: 154.3236, unit: '[lb_av]' } });
    expect(dose.unit).toBe('10*6.[iU]');
    expect(dose.value).toBeCloseTo(35, 3);
  });

  it('returns a flat dose as prescribed', () => {
    expect(flatDose({ dose: { value: 30, unit: '10*6.[iU]' } })).toEqual({ value: 30, unit: '10*6.[iU]', kind: 'flat' });
    expect(calculateDose({ amount: { value: 48, unit: '10*6.[iU]' }, kind: 'flat' })).toEqual({ value: 48, unit: '10*6.[iU]', kind: 'flat' });
  });

  it('calculates through calculateDose with kind weight', () => {
    const dose = calculateDose({ amount: { value: 0.5, unit: '10*6.[iU]/kg' }, kind: 'weight' }, { weight: { value: 80, unit: 'kg' } });
    expect([dose.value, dose.unit]).toEqual([40, '10*6.[iU]']);
  });

  it('rejects million units per another mass, which UCUM cannot convert for arbitrary units', () => {
    expectRejection(() => weightBasedDose({ dose: { value: 0.5, unit: '10*6.[iU]/[lb_av]' }, weight: { value: 70, unit: 'kg' } }), 'wrong-unit', 'dose', ['`10*6.[iU]/[lb_av]`']);
  });

  it('never mixes units with a mass: a dose per kg in units is no flat dose, a flat dose in units no dose per kg', () => {
    expectRejection(() => flatDose({ dose: { value: 0.5, unit: '10*6.[iU]/kg' } }), 'wrong-unit', 'dose');
    expectRejection(() => weightBasedDose({ dose: { value: 30, unit: '10*6.[iU]' }, weight: { value: 70, unit: 'kg' } }), 'wrong-unit', 'dose');
  });

  it('rejects a negative or zero amount in units', () => {
    expectRejection(() => flatDose({ dose: { value: 0, unit: '10*6.[iU]' } }), 'not-positive', 'dose');
  });
});
