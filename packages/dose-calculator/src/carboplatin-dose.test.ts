import { describe, expect, it } from 'vitest';
import { CARBOPLATIN_MAX_GFR_ML_PER_MIN, carboplatinDose } from './carboplatin-dose.js';
import { expectRejection } from './test-support/expect-rejection.js';

const auc5 = { value: 5, unit: 'mg/mL.min' };
const mlPerMin = (value: number) => ({ value, unit: 'mL/min' });

describe('carboplatinDose (Calvert)', () => {
  it('gives 575 mg for AUC 5 and GFR 90 mL/min: 5 × (90 + 25)', () => {
    expect(carboplatinDose({ targetAuc: auc5, gfr: mlPerMin(90) })).toEqual({
      value: 575,
      unit: 'mg',
      kind: 'auc',
      targetAuc: auc5,
      gfr: mlPerMin(90),
      gfrUsed: mlPerMin(90),
      gfrCapped: false,
      warnings: [],
    });
  });

  it('warns, with the limit and its source, when the GFR is below the range the formula was derived in', () => {
    // 5 × (0.5 + 25) = 127.5 mg: mostly the non-renal term, which the formula was not made for.
    const dose = carboplatinDose({ targetAuc: auc5, gfr: mlPerMin(0.5) });
    expect(dose.value).toBe(127.5);
    expect(dose.warnings).toEqual([
      expect.objectContaining({ code: 'gfr-below-formula-range', field: 'gfr', limit: expect.objectContaining({ min: 33, max: 135, unit: 'mL/min' }) }),
    ]);
    const [warning] = dose.warnings;
    expect(warning?.limit.source.en).toContain('Calvert AH et al., J Clin Oncol 1989;7:1748–56');
    expect(warning?.messages.en).toBe(
      'GFR `0.5 mL/min` is below 33 mL/min, the lower end of the GFR range in which the Calvert formula was derived (Calvert AH et al., J Clin Oncol 1989;7:1748–56; range as stated in PubMed 25957958): the dose `127.5 mg` is an extrapolation; check the GFR (absolute, in mL/min, not mL/s) and the dose.',
    );
    expect(warning?.messages.sv).toContain('GFR `0.5 mL/min` ligger under 33 mL/min');
    // 0.5 mL/s is 30 mL/min: converted first, and still below the range.
    expect(carboplatinDose({ targetAuc: auc5, gfr: { value: 0.5, unit: 'mL/s' } }).warnings.map((w) => w.code)).toEqual(['gfr-below-formula-range']);
    expect(carboplatinDose({ targetAuc: auc5, gfr: mlPerMin(33) }).warnings).toEqual([]);
  });

  it('warns above the range only when the cap is turned off, since the cap keeps the GFR inside it', () => {
    expect(carboplatinDose({ targetAuc: auc5, gfr: mlPerMin(200) }).warnings).toEqual([]);
    const uncapped = carboplatinDose({ targetAuc: auc5, gfr: mlPerMin(200), capGfr: false });
    expect(uncapped.warnings.map((warning) => [warning.code, warning.limit.max])).toEqual([['gfr-above-formula-range', 135]]);
  });

  it('caps a GFR of 150 mL/min at 125 by default: 5 × (125 + 25) = 750 mg, and says so', () => {
    const dose = carboplatinDose({ targetAuc: auc5, gfr: mlPerMin(150) });
    expect(dose.value).toBe(750);
    expect(dose.gfrCapped).toBe(true);
    expect(dose.gfr).toEqual(mlPerMin(150));
    expect(dose.gfrUsed).toEqual(mlPerMin(CARBOPLATIN_MAX_GFR_ML_PER_MIN));
  });

  it('gives 875 mg for GFR 150 with the cap turned off: 5 × (150 + 25)', () => {
    const dose = carboplatinDose({ targetAuc: auc5, gfr: mlPerMin(150), capGfr: false });
    expect(dose.value).toBe(875);
    expect(dose.gfrCapped).toBe(false);
    expect(dose.gfrUsed).toEqual(mlPerMin(150));
  });

  it('does not flag the cap for a GFR exactly at it', () => {
    const dose = carboplatinDose({ targetAuc: auc5, gfr: mlPerMin(125) });
    expect(dose.value).toBe(750);
    expect(dose.gfrCapped).toBe(false);
  });

  it('converts a GFR in mL/s through UCUM: 1.5 mL/s = 90 mL/min', () => {
    const dose = carboplatinDose({ targetAuc: auc5, gfr: { value: 1.5, unit: 'mL/s' } });
    expect(dose.gfr).toEqual(mlPerMin(90));
    expect(dose.value).toBe(575);
  });

  it('accepts the AUC written as mg.min/mL, the same unit', () => {
    expect(carboplatinDose({ targetAuc: { value: 5, unit: 'mg.min/mL' }, gfr: mlPerMin(90) }).value).toBeCloseTo(575, 9);
  });

  it('rejects a GFR of zero or below', () => {
    expectRejection(() => carboplatinDose({ targetAuc: auc5, gfr: mlPerMin(0) }), 'not-positive', 'gfr', ['`0 mL/min`']);
    expectRejection(() => carboplatinDose({ targetAuc: auc5, gfr: mlPerMin(-30) }), 'not-positive', 'gfr', ['`-30 mL/min`']);
  });

  it('rejects a GFR above the plausibility limit', () => {
    expectRejection(() => carboplatinDose({ targetAuc: auc5, gfr: mlPerMin(900) }), 'implausible-gfr', 'gfr', ['`900 mL/min`', '250']);
    // 5 mL/s = 300 mL/min: the message shows what was typed and what it means.
    expectRejection(() => carboplatinDose({ targetAuc: auc5, gfr: { value: 5, unit: 'mL/s' } }), 'implausible-gfr', 'gfr', [
      '`5 mL/s`',
      '(300 mL/min)',
    ]);
  });

  it('rejects a GFR relative to 1.73 m2, which UCUM would silently treat as mL/min', () => {
    const error = expectRejection(
      () => carboplatinDose({ targetAuc: auc5, gfr: { value: 90, unit: 'mL/min/{1.73_m2}' } }),
      'annotated-unit',
      'gfr',
      ['`mL/min/{1.73_m2}`'],
    );
    expect(error.messages.en).toContain('absolute GFR');
    expect(error.messages.sv).toContain('absolut GFR');
    // Written without the annotation it is a different dimension, and rejected as such.
    expectRejection(() => carboplatinDose({ targetAuc: auc5, gfr: { value: 90, unit: 'mL/min/1.73.m2' } }), 'wrong-unit', 'gfr', [
      '`mL/min/1.73.m2`',
    ]);
  });

  it('rejects an AUC outside 1 to 10 mg/mL.min', () => {
    expectRejection(() => carboplatinDose({ targetAuc: { value: 0.5, unit: 'mg/mL.min' }, gfr: mlPerMin(90) }), 'auc-out-of-range', 'targetAuc', [
      '`0.5 mg/mL.min`',
    ]);
    expectRejection(() => carboplatinDose({ targetAuc: { value: 575, unit: 'mg/mL.min' }, gfr: mlPerMin(90) }), 'auc-out-of-range', 'targetAuc', [
      '`575 mg/mL.min`',
    ]);
    expectRejection(() => carboplatinDose({ targetAuc: { value: 0, unit: 'mg/mL.min' }, gfr: mlPerMin(90) }), 'not-positive', 'targetAuc', [
      '`0 mg/mL.min`',
    ]);
  });

  it('rejects an AUC written per minute, and explains the UCUM spelling', () => {
    const error = expectRejection(
      () => carboplatinDose({ targetAuc: { value: 5, unit: 'mg/mL/min' }, gfr: mlPerMin(90) }),
      'wrong-unit',
      'targetAuc',
      ['`mg/mL/min`'],
    );
    expect(error.messages.en).toContain('written `mg/mL.min`');
  });
});
