import type { PatientValues } from '@rcc-livmoderkroppscancer/regimens';
import type { PatientFacts } from '@rcc-livmoderkroppscancer/rules';

/** The patient of the example: measurements for the dose calculator, facts for the decision rules. */
export interface Patient {
  readonly values: PatientValues;
  /** What is known about the patient, typed by the guideline's declared patient facts. */
  readonly facts: PatientFacts;
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
