import type { Quantity } from './quantity.js';

/**
 * Rounds a quantity to `decimals` decimal places, half away from zero, for display.
 *
 * The calculator never rounds: rounding is a decision of the app that shows or orders the dose
 * (e.g. carboplatin to whole milligrams), and rounding intermediate values would add error.
 * Returns a plain `{ value, unit }` without the working of a calculation result.
 */
export function round<U extends string>(quantity: Quantity<U>, decimals: number): Quantity<U> {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 15) {
    throw new RangeError(`round() takes 0 to 15 decimals, got ${String(decimals)}`);
  }
  return { value: roundNumber(quantity.value, decimals), unit: quantity.unit };
}

// Shifting the decimal point through the string form avoids binary artefacts such as
// 1.005 * 100 = 100.49999999999999, which would round 1.005 down to 1.
function roundNumber(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const rounded = shift(Math.round(shift(Math.abs(value), decimals)), -decimals);
  return value < 0 ? -rounded : rounded;
}

function shift(value: number, places: number): number {
  const [mantissa, exponent = '0'] = String(value).split('e');
  return Number(`${mantissa}e${Number(exponent) + places}`);
}
