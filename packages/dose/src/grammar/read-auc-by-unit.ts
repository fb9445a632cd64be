import type { AmountValue } from './read-amount.js';
import { skipAucUnit } from './read-amount.js';
import { readNumberRange } from './read-range.js';
import type { Match, TokenStream } from './token-stream.js';

/**
 * `5-7 mg/ml.min`, `4 mg/ml·min`: a target AUC written with its unit and without the word `AUC`,
 * as the rows of a product text's dosing table give it (`Planerad AUC | Kemoterapi | …`). The unit
 * makes it a dose quantity, unlike a bare `AUC 0,97` (an area under a curve), so the caller
 * reads it as a dose even with no drug beside it: the heading's drug, or `dose-without-drug`.
 */
export function readAucByUnit(stream: TokenStream, at: number): Match<AmountValue> | null {
  const range = readNumberRange(stream, at);
  if (range === null) return null;
  const next = skipAucUnit(stream, range.next);
  if (next === range.next) return null;
  return { value: { amount: range.value, unit: 'mg/mL.min', doseKind: 'auc', intervalDays: null }, next };
}
