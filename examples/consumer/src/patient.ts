import type { PatientValues } from '@rcc-livmoderkroppscancer/regimens';

/** The patient of the example: measurements for the dose calculator, facts for the decision rules. */
export interface Patient {
  readonly values: PatientValues;
  /** Patient facts by id, with values from guideline-src/vocabulary/patient-facts.yaml. */
  readonly facts: Readonly<Record<string, string | number | boolean>>;
}

/** 170 cm, 70 kg, absolute GFR 90 mL/min; dMMR recurrence after platinum-based chemotherapy. */
export const patient: Patient = {
  values: {
    height: { value: 170, unit: 'cm' },
    weight: { value: 70, unit: 'kg' },
    gfr: { value: 90, unit: 'mL/min' },
  },
  facts: { 'mmr-status': 'dMMR', 'prior-platinum': true },
};
