import { describe, expect, it } from 'vitest';
import { calculateDose, type PatientValues, type PrescribedDose } from './calculate-dose.js';
import { expectRejection } from './test-support/expect-rejection.js';

const patient: PatientValues = {
  height: { value: 170, unit: 'cm' },
  weight: { value: 70, unit: 'kg' },
  gfr: { value: 90, unit: 'mL/min' },
};
const carboplatin: PrescribedDose = { amount: { value: 5, unit: 'mg/mL.min' }, kind: 'auc' };
const paclitaxel: PrescribedDose = { amount: { value: 175, unit: 'mg/m2' }, kind: 'body-surface' };

describe('calculateDose', () => {
  it('caps the body-surface area at maxBodySurfaceArea, and warns about a GFR below the Calvert range', () => {
    const large: PatientValues = { height: { value: 190, unit: 'cm' }, weight: { value: 110, unit: 'kg' }, gfr: { value: 0.5, unit: 'mL/min' } };
    // √(190 × 110 / 3600) = 2.41 m2, capped at 2.0: 175 × 2 = 350 mg.
    const capped = calculateDose(paclitaxel, large, { maxBodySurfaceArea: 2 });
    expect(capped).toMatchObject({ value: 350, bodySurfaceAreaCapped: true, bodySurfaceAreaUsed: { value: 2 }, bodySurfaceArea: { method: 'mosteller' } });
    expect(calculateDose(paclitaxel, large).value).toBeCloseTo(175 * Math.sqrt((190 * 110) / 3600), 6);
    const carboplatinDose = calculateDose(carboplatin, large);
    expect(carboplatinDose.kind === 'auc' ? carboplatinDose.warnings.map((warning) => warning.code) : []).toEqual(['gfr-below-formula-range']);
  });

  it('names the limit and its source on an implausible value', () => {
    const error = expectRejection(() => calculateDose(paclitaxel, { height: { value: 170, unit: 'cm' }, weight: { value: 700, unit: 'kg' } }), 'implausible-weight', 'weight', ['`700 kg`']);
    expect(error.limit).toMatchObject({ min: 1, max: 400, unit: 'kg' });
    expect(error.limit?.source.en).toContain('plausibility limit');
  });

  it('doses KarPak for 170 cm, 70 kg, GFR 90 mL/min: carboplatin 575 mg, paclitaxel 175 mg/m2 × 1.818 m2', () => {
    expect(calculateDose(carboplatin, patient)).toMatchObject({ value: 575, unit: 'mg', kind: 'auc', gfrCapped: false });
    // 175 × √(170 × 70 / 3600) = 175 × 1.818119 = 318.17 mg
    const dose = calculateDose(paclitaxel, patient);
    expect(dose.value).toBeCloseTo(318.17, 2);
    expect(dose).toMatchObject({ unit: 'mg', kind: 'body-surface', bodySurfaceArea: { method: 'mosteller', unit: 'm2' } });
  });

  it('uses DuBois when asked: 175 × 1.809708 = 316.70 mg', () => {
    expect(calculateDose(paclitaxel, patient, { bodySurfaceAreaMethod: 'dubois' }).value).toBeCloseTo(316.7, 2);
  });

  it('uses a given body-surface area as is, ahead of height and weight', () => {
    const dose = calculateDose(paclitaxel, { ...patient, bodySurfaceArea: { value: 2, unit: 'm2' } });
    expect(dose).toMatchObject({ value: 350, bodySurfaceArea: { value: 2, unit: 'm2' } });
  });

  it('passes the GFR cap option through', () => {
    const highGfr = { gfr: { value: 150, unit: 'mL/min' } };
    expect(calculateDose(carboplatin, highGfr)).toMatchObject({ value: 750, gfrCapped: true });
    expect(calculateDose(carboplatin, highGfr, { capGfr: false })).toMatchObject({ value: 875, gfrCapped: false });
  });

  it('calculates weight-based and flat doses', () => {
    expect(calculateDose({ amount: { value: 15, unit: 'mg/kg' }, kind: 'weight' }, patient).value).toBe(1050);
    expect(calculateDose({ amount: { value: 8, unit: 'mg' }, kind: 'flat' })).toEqual({ value: 8, unit: 'mg', kind: 'flat' });
  });

  it('says which patient value is missing and why it is needed', () => {
    const noGfr = expectRejection(() => calculateDose(carboplatin, { weight: patient.weight }), 'missing-patient-value', 'gfr');
    expect(noGfr.messages).toEqual({
      en: 'GFR is needed to calculate a carboplatin dose from a target AUC.',
      sv: 'GFR behövs för att beräkna en karboplatindos från mål-AUC.',
    });
    expectRejection(() => calculateDose({ amount: { value: 15, unit: 'mg/kg' }, kind: 'weight' }, {}), 'missing-patient-value', 'weight', [
      'mg/kg',
    ]);
    expectRejection(() => calculateDose(paclitaxel, { gfr: patient.gfr }), 'missing-patient-value', 'bodySurfaceArea', ['mg/m2']);
    expectRejection(() => calculateDose(paclitaxel, { height: patient.height }), 'missing-patient-value', 'weight', ['mg/m2']);
    expectRejection(() => calculateDose(paclitaxel, { weight: patient.weight }), 'missing-patient-value', 'height', ['mg/m2']);
  });

  it('reports the input that is wrong, by field', () => {
    expectRejection(() => calculateDose(carboplatin, { gfr: { value: 0, unit: 'mL/min' } }), 'not-positive', 'gfr', ['`0 mL/min`']);
    expectRejection(() => calculateDose({ amount: { value: 500, unit: 'mg' }, kind: 'auc' }, patient), 'wrong-unit', 'targetAuc', ['`mg`']);
    expectRejection(() => calculateDose(paclitaxel, { ...patient, weight: { value: -70, unit: 'kg' } }), 'not-positive', 'weight', [
      '`-70 kg`',
    ]);
  });

  it('rejects an unknown dose kind and a missing dose', () => {
    expectRejection(() => calculateDose({ amount: { value: 1, unit: 'mg' }, kind: 'per-day' as never }, patient), 'unknown-dose-kind', 'kind', [
      '`"per-day"`',
    ]);
    expectRejection(() => calculateDose(undefined as never, patient), 'unknown-dose-kind', 'kind', ['`undefined`']);
    expectRejection(() => calculateDose({ kind: 'flat' } as never), 'not-a-quantity', 'dose');
  });

  it('rejects an unknown body-surface area method', () => {
    expectRejection(
      () => calculateDose(paclitaxel, patient, { bodySurfaceAreaMethod: 'boyd' as never }),
      'unknown-body-surface-area-method',
      'bodySurfaceAreaMethod',
      ['`"boyd"`'],
    );
  });
});
