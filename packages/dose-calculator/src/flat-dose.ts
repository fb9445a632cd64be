import { readFlatDose } from './dose-amounts.js';
import type { Quantity } from './quantity.js';

/** A dose that does not depend on the patient's size, converted to mg. */
export interface FlatDose extends Quantity<'mg'> {
  readonly kind: 'flat';
}

/** A flat dose (`mg`, `g`, any mass), checked and converted to mg. */
export function flatDose(input: { readonly dose: Quantity }): FlatDose {
  return { ...readFlatDose(input?.dose), kind: 'flat' };
}
