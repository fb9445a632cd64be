import { describe, expect, it } from 'vitest';
import { readBodySurfaceArea, readGfr, readHeight, readWeight } from './patient-values.js';
import { expectRejection } from './test-support/expect-rejection.js';

describe('readHeight', () => {
  it('takes cm, m and inches', () => {
    expect(readHeight({ value: 170, unit: 'cm' })).toEqual({ value: 170, unit: 'cm' });
    expect(readHeight({ value: 1.7, unit: 'm' })).toEqual({ value: 170, unit: 'cm' });
    expect(readHeight({ value: 66.93, unit: '[in_i]' }).value).toBeCloseTo(170.0022, 6);
  });

  it('rejects metres typed as centimetres, offering both readings', () => {
    expectRejection(() => readHeight({ value: 1.7, unit: 'cm' }), 'height-looks-like-metres', 'height', ['`1.7 cm`', '`170 cm`', '`1.7 m`']);
  });

  it('rejects heights outside 30 to 250 cm, showing the converted value', () => {
    expectRejection(() => readHeight({ value: 17, unit: 'cm' }), 'implausible-height', 'height', ['`17 cm`', '30', '250']);
    expectRejection(() => readHeight({ value: 170, unit: 'm' }), 'implausible-height', 'height', ['`170 m`', '(17000 cm)']);
    // Only `cm` gets the metres message: 2 [in_i] is 5.08 cm, simply implausible.
    expectRejection(() => readHeight({ value: 2, unit: '[in_i]' }), 'implausible-height', 'height', ['`2 [in_i]`', '(5.08 cm)']);
  });

  it('accepts the limits themselves', () => {
    expect(readHeight({ value: 30, unit: 'cm' }).value).toBe(30);
    expect(readHeight({ value: 250, unit: 'cm' }).value).toBe(250);
  });
});

describe('readWeight', () => {
  it('takes kg, g and pounds', () => {
    expect(readWeight({ value: 70000, unit: 'g' })).toEqual({ value: 70, unit: 'kg' });
    expect(readWeight({ value: 154.3, unit: '[lb_av]' }).value).toBeCloseTo(69.9893, 4);
  });

  it('rejects weights outside 1 to 400 kg', () => {
    expectRejection(() => readWeight({ value: 0.5, unit: 'kg' }), 'implausible-weight', 'weight', ['`0.5 kg`', '400']);
    expectRejection(() => readWeight({ value: 70, unit: 'g' }), 'implausible-weight', 'weight', ['`70 g`', '(0.07 kg)']);
    expectRejection(() => readWeight({ value: 70000, unit: 'kg' }), 'implausible-weight', 'weight', ['`70000 kg`']);
  });
});

describe('readGfr', () => {
  it('takes mL/min, mL/s and L/h', () => {
    expect(readGfr({ value: 1.5, unit: 'mL/s' })).toEqual({ value: 90, unit: 'mL/min' });
    expect(readGfr({ value: 5.4, unit: 'L/h' }).value).toBeCloseTo(90, 9);
  });

  it('rejects a GFR of 0 and one above 250 mL/min', () => {
    expectRejection(() => readGfr({ value: 0, unit: 'mL/min' }), 'not-positive', 'gfr', ['`0 mL/min`']);
    expectRejection(() => readGfr({ value: 251, unit: 'mL/min' }), 'implausible-gfr', 'gfr', ['`251 mL/min`']);
  });

  it('rejects a GFR in a unit of another dimension', () => {
    expectRejection(() => readGfr({ value: 90, unit: 'mL' }), 'wrong-unit', 'gfr', ['`mL`', '`mL/min`']);
  });
});

describe('readBodySurfaceArea', () => {
  it('takes m2 and converts other areas', () => {
    expect(readBodySurfaceArea({ value: 1.8, unit: 'm2' })).toEqual({ value: 1.8, unit: 'm2' });
    expect(readBodySurfaceArea({ value: 18000, unit: 'cm2' }).value).toBeCloseTo(1.8, 9);
  });

  it('rejects an area no patient has, such as cm2 typed as m2', () => {
    expectRejection(() => readBodySurfaceArea({ value: 18000, unit: 'm2' }), 'implausible-body-surface-area', 'bodySurfaceArea', [
      '`18000 m2`',
    ]);
    expectRejection(() => readBodySurfaceArea({ value: 1.8, unit: 'm' }), 'wrong-unit', 'bodySurfaceArea', ['`m`']);
  });
});
