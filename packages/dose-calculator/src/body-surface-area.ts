import { unknownBodySurfaceAreaMethod } from './input-errors.js';
import { readHeight, readWeight } from './patient-values.js';
import type { Quantity } from './quantity.js';

/** Formula for body-surface area; regimens and local routines say which one to use. */
export type BodySurfaceAreaMethod = 'mosteller' | 'dubois';

/** A body-surface area in m2, with the formula and the inputs it was calculated from. */
export interface BodySurfaceArea extends Quantity<'m2'> {
  readonly method: BodySurfaceAreaMethod;
  /** Height as used, converted to cm. */
  readonly height: Quantity<'cm'>;
  /** Weight as used, converted to kg. */
  readonly weight: Quantity<'kg'>;
}

const formulas: Record<BodySurfaceAreaMethod, (heightCm: number, weightKg: number) => number> = {
  // Mosteller RD. Simplified calculation of body-surface area. N Engl J Med 1987;317:1098.
  mosteller: (heightCm, weightKg) => Math.sqrt((heightCm * weightKg) / 3600),
  // Du Bois D, Du Bois EF. A formula to estimate the approximate surface area if height and
  // weight be known. Arch Intern Med 1916;17:863–71.
  dubois: (heightCm, weightKg) => 0.007184 * weightKg ** 0.425 * heightCm ** 0.725,
};

/**
 * Body-surface area in m2 from height and weight, by the Mosteller or the DuBois formula.
 * Height and weight may be in any UCUM length and mass unit (`cm`, `m`, `[in_i]`; `kg`, `g`,
 * `[lb_av]`). Throws `DoseCalculationError` for a missing, malformed or implausible input.
 */
export function bodySurfaceArea(
  patient: { readonly height: Quantity; readonly weight: Quantity },
  method: BodySurfaceAreaMethod,
): BodySurfaceArea {
  if (!Object.hasOwn(formulas, method)) throw unknownBodySurfaceAreaMethod(method);
  // `?.` because apps call this from plain JavaScript too, where `patient` may be missing.
  const height = readHeight(patient?.height);
  const weight = readWeight(patient?.weight);
  return { value: formulas[method](height.value, weight.value), unit: 'm2', method, height, weight };
}
