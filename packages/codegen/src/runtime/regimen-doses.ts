import {
  calculateDose,
  type CalculateDoseOptions,
  type CalculatedDose,
  type PatientValues,
} from '@guideline-as-code/dose-calculator';
import type { DrugComponent, RadiotherapyComponent, Regimen } from './regimen-types.js';

/** The dose of one component for one patient: calculated, or why it cannot be. */
export type ComponentDose =
  | {
      readonly status: 'calculated';
      readonly component: DrugComponent;
      /** The dose in mg (in `10*6.[iU]` for a dose in million units) for the low end of the stated amount. */
      readonly low: CalculatedDose;
      /** The dose in mg for the high end; the same as `low` unless the text gives a range (e.g. 160–200 mg). */
      readonly high: CalculatedDose;
    }
  | {
      /** The guideline does not state this component's dose: nothing is calculated. */
      readonly status: 'dose-not-stated';
      readonly component: DrugComponent;
    }
  | {
      /** A radiotherapy fractionation: a dose in Gy that is not scaled to the patient. */
      readonly status: 'radiotherapy';
      readonly component: RadiotherapyComponent;
    };

/**
 * Calculates the dose of every component of a regimen for a patient, each by its dose kind
 * (flat, per m² body-surface area, per kg, carboplatin by the Calvert formula with the GFR cap
 * of 125 mL/min unless `capGfr: false`). Inputs and outputs carry UCUM units. Throws the dose
 * calculator's `DoseCalculationError` for a missing, malformed or implausible patient value.
 */
export function calculateDosesOf(regimen: Regimen, patient: PatientValues, options: CalculateDoseOptions = {}): readonly ComponentDose[] {
  return regimen.components.map((component): ComponentDose => {
    if (component.kind === 'radiotherapy') return { status: 'radiotherapy', component };
    if (component.dose.notStated) return { status: 'dose-not-stated', component };
    const { amount, unit, kind } = component.dose.value;
    const at = (value: number) => calculateDose({ amount: { value, unit }, kind }, patient, options);
    const low = at(amount.low);
    return { status: 'calculated', component, low, high: amount.high === amount.low ? low : at(amount.high) };
  });
}
