import type { DoseInputField } from './dose-calculation-error.js';
import { doseOutOfRange } from './input-errors.js';
import type { Quantity } from './quantity.js';

/**
 * The last guard before a dose leaves the calculator: every input passed its checks, but a
 * product of extreme values can still overflow to Infinity or underflow to 0.
 */
export function milligrams(value: number, amount: Quantity, field: DoseInputField): Quantity<'mg'> {
  if (!Number.isFinite(value) || value <= 0) throw doseOutOfRange(field, amount, value);
  return { value, unit: 'mg' };
}
