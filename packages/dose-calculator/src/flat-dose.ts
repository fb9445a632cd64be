import { isInMillionUnits, readFlatDose, readFlatUnits, type MILLION_UNITS } from './dose-amounts.js';
import type { Quantity } from './quantity.js';

/** A dose that does not depend on the patient's size: in mg, or in million international units as prescribed. */
export interface FlatDose extends Quantity<'mg' | typeof MILLION_UNITS> {
  readonly kind: 'flat';
}

/**
 * A flat dose (`mg`, `g`, any mass), checked and converted to mg; a dose in million
 * international units (`10*6.[iU]`) is checked and returned in them, never as a mass.
 */
export function flatDose(input: { readonly dose: Quantity }): FlatDose {
  if (isInMillionUnits(input?.dose)) return { ...readFlatUnits(input.dose), kind: 'flat' };
  return { ...readFlatDose(input?.dose), kind: 'flat' };
}
