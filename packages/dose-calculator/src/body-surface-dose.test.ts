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
    });
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
