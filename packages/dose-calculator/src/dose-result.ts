import type { DoseInputField } from './dose-calculation-error.js';
import { doseOutOfRange } from './input-errors.js';
import type { Quantity } from './quantity.js';

/**
 * The last guard before a dose leaves the calculator: every input passed its checks, but a
 * product of extreme values can still overflow to Infinity or underflow to 0.
 */
export function milligrams(value: number, amount: Quantity, field: DoseInputField): Quantity<'mg'> {
  return doseIn('mg', value, amount, field);
}

/** The same guard for a dose in another unit: million international units (`10*6.[iU]`). */
export function doseIn<U extends string>(unit: U, value: number, amount: Quantity, field: DoseInputField): Quantity<U> {
  if (!Number.isFinite(value) || value <= 0) throw doseOutOfRange(field, amount, value);
  return { value, unit };
}
