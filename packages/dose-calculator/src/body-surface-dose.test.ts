import { describe, expect, it } from 'vitest';
import { bodySurfaceDose } from './body-surface-dose.js';
import { expectRejection } from './test-support/expect-rejection.js';

describe('bodySurfaceDose', () => {
  it('multiplies the dose per m2 by the area: 175 mg/m2 × 1.8 m2 = 315 mg', () => {
    expect(bodySurfaceDose({ dose: { value: 175, unit: 'mg/m2' }, bodySurfaceArea: { value: 1.8, unit: 'm2' } })).toEqual({
      value: 315,
      unit: 'mg',
      kind: 'body-surface',
      dose: { value: 175, unit: 'mg/m2' },
      bodySurfaceArea: { value: 1.8, unit: 'm2' },
      bodySurfaceAreaUsed: { value: 1.8, unit: 'm2' },
      bodySurfaceAreaCapped: false,
    });
  });

  it('caps the area at maxBodySurfaceArea when it is larger, and says so: 175 mg/m2 × 2.0 m2 = 350 mg', () => {
    const dose = bodySurfaceDose({ dose: { value: 175, unit: 'mg/m2' }, bodySurfaceArea: { value: 2.3, unit: 'm2' }, maxBodySurfaceArea: 2 });
    expect(dose).toMatchObject({ value: 350, bodySurfaceArea: { value: 2.3 }, bodySurfaceAreaUsed: { value: 2, unit: 'm2' }, bodySurfaceAreaCapped: true });
    // An area below the cap is used as it is.
    const small = bodySurfaceDose({ dose: { value: 175, unit: 'mg/m2' }, bodySurfaceArea: { value: 1.6, unit: 'm2' }, maxBodySurfaceArea: 2 });
    expect(small).toMatchObject({ value: 280, bodySurfaceAreaUsed: { value: 1.6 }, bodySurfaceAreaCapped: false });
  });

  it.each([0, -2, Number.NaN, Number.POSITIVE_INFINITY, 20, '2'])('refuses the cap %s with the range it must lie in', (cap) => {
    const dose = { value: 175, unit: 'mg/m2' };
    const area = { value: 1.8, unit: 'm2' };
    expectRejection(() => bodySurfaceDose({ dose, bodySurfaceArea: area, maxBodySurfaceArea: cap as number }), 'invalid-option', 'maxBodySurfaceArea', ['maxBodySurfaceArea', '0.05']);
  });

  it('refuses a product too large to be a number', () => {
    expectRejection(
      () => bodySurfaceDose({ dose: { value: 1e308, unit: 'mg/m2' }, bodySurfaceArea: { value: 2, unit: 'm2' } }),
      'dose-out-of-range',
      'dose',
      ['`Infinity mg`', '`1e+308 mg/m2`'],
    );
  });

  it('refuses a product too small to be a number', () => {
    expectRejection(
      () => bodySurfaceDose({ dose: { value: 5e-324, unit: 'mg/m2' }, bodySurfaceArea: { value: 0.1, unit: 'm2' } }),
      'dose-out-of-range',
      'dose',
      ['`0 mg`'],
    );
  });
});
