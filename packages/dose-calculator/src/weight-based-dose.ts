import { isInMillionUnits, MILLION_UNITS, readDosePerWeight, readUnitsPerWeight, type MILLION_UNITS_PER_KG } from './dose-amounts.js';
import { doseIn, milligrams } from './dose-result.js';
import { readWeight } from './patient-values.js';
import type { Quantity } from './quantity.js';

/** A dose in mg (or million international units) from a dose per kg, with the weight it was multiplied by. */
export interface WeightBasedDose extends Quantity<'mg' | typeof MILLION_UNITS> {
  readonly kind: 'weight';
  readonly dose: Quantity<'mg/kg' | typeof MILLION_UNITS_PER_KG>;
  readonly weight: Quantity<'kg'>;
}

/**
 * Dose in mg = dose (mg/kg, or any mass per mass such as `ug/kg`) × weight (kg). A dose in
 * million international units per kg (`10*6.[iU]/kg`, filgrastim 0.5 MU/kg) is multiplied by
 * the weight in kg the same way and gives million units (`10*6.[iU]`).
 */
export function weightBasedDose(input: { readonly dose: Quantity; readonly weight: Quantity }): WeightBasedDose {
  if (isInMillionUnits(input?.dose)) {
    const dose = readUnitsPerWeight(input.dose);
    const weight = readWeight(input?.weight);
    return { ...doseIn(MILLION_UNITS, dose.value * weight.value, dose, 'dose'), kind: 'weight', dose, weight };
  }
  const dose = readDosePerWeight(input?.dose);
  const weight = readWeight(input?.weight);
  return { ...milligrams(dose.value * weight.value, dose, 'dose'), kind: 'weight', dose, weight };
}
