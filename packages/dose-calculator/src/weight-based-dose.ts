import { readDosePerWeight } from './dose-amounts.js';
import { milligrams } from './dose-result.js';
import { readWeight } from './patient-values.js';
import type { Quantity } from './quantity.js';

/** A dose in mg from a dose per kg, with the weight it was multiplied by. */
export interface WeightBasedDose extends Quantity<'mg'> {
  readonly kind: 'weight';
  readonly dose: Quantity<'mg/kg'>;
  readonly weight: Quantity<'kg'>;
}

/** Dose in mg = dose (mg/kg, or any mass per mass such as `ug/kg`) × weight (kg). */
export function weightBasedDose(input: { readonly dose: Quantity; readonly weight: Quantity }): WeightBasedDose {
  const dose = readDosePerWeight(input?.dose);
  const weight = readWeight(input?.weight);
  return { ...milligrams(dose.value * weight.value, dose, 'dose'), kind: 'weight', dose, weight };
}
