import type { DoseKind, DoseUnit, Range } from '../dose-types.js';
import { readNumberRange } from './read-range.js';
import type { Match, TokenStream } from './token-stream.js';

/** An amount with its unit; `intervalDays` is set by a per-time unit such as `mg/dag`. */
export interface AmountValue {
  amount: Range;
  unit: DoseUnit;
  doseKind: DoseKind;
  intervalDays: Range | null;
}

/** Factor from the written mass unit to mg. */
const MASS_UNITS: ReadonlyMap<string, number> = new Map([
  ['mg', 1],
  ['milligram', 1],
  ['g', 1000],
  ['gram', 1000],
  ['µg', 0.001],
  ['μg', 0.001],
  ['mcg', 0.001],
  ['mikrogram', 0.001],
  ['microgram', 0.001],
]);

/** Days per unit of time after a slash: `mg/dag`, `mg/m2/vecka`, `mg/day`. */
const PER_TIME: ReadonlyMap<string, number> = new Map([
  ['dag', 1],
  ['dygn', 1],
  ['d', 1],
  ['day', 1],
  ['vecka', 7],
  ['v', 7],
  ['week', 7],
  ['wk', 7],
]);

/**
 * `175 mg/m2`, `175–200 mg/m²`, `15 mg/kg`, `1 000 mg/dag`, `1 g`: an amount in a mass unit,
 * per body surface or weight, optionally per day or week. The slash in
 * `60 mg/m2/pegylerat …` is left alone because no unit of time follows it.
 */
export function readMassAmount(stream: TokenStream, at: number): Match<AmountValue> | null {
  const range = readNumberRange(stream, at);
  if (range === null) return null;
  const unitToken = stream.at(range.next);
  const factor = unitToken?.kind === 'word' ? MASS_UNITS.get(unitToken.lower) : undefined;
  if (factor === undefined) return null;
  let next = range.next + 1;
  let unit: DoseUnit = 'mg';
  let doseKind: DoseKind = 'flat';
  if (stream.isPunct(next, '/') && stream.isText(next + 1, 'm') && isSquare(stream, next + 2)) {
    unit = 'mg/m2';
    doseKind = 'body-surface';
    next += 3;
  } else if (stream.isPunct(next, '/') && stream.isText(next + 1, 'kg')) {
    unit = 'mg/kg';
    doseKind = 'weight';
    next += 2;
  }
  let intervalDays: Range | null = null;
  const perToken = stream.at(next + 1);
  const days = perToken?.kind === 'word' ? PER_TIME.get(perToken.lower) : undefined;
  if (stream.isPunct(next, '/') && days !== undefined) {
    intervalDays = { low: days, high: days };
    next += 2;
  }
  const amount = { low: scale(range.value.low, factor), high: scale(range.value.high, factor) };
  return { value: { amount, unit, doseKind, intervalDays }, next };
}

/**
 * A carboplatin target AUC: `AUC 5`, `AUC5`, `AUC = 5`, `AUC 5–6`, optionally followed by
 * its unit (`mg/ml/min`, `mg/mL·min`, `mg/ml x min`). Whether it is a dose at all (and not,
 * say, the area under a ROC curve) is decided by the caller from the drug next to it.
 */
export function readAucAmount(stream: TokenStream, at: number): Match<AmountValue> | null {
  if (!stream.isWord(at, ['auc'])) return null;
  let next = at + 1;
  if (stream.isPunct(next, '=', ':')) next++;
  const range = readNumberRange(stream, next);
  if (range === null) return null;
  next = skipAucUnit(stream, range.next);
  return { value: { amount: range.value, unit: 'mg/mL.min', doseKind: 'auc', intervalDays: null }, next };
}

function skipAucUnit(stream: TokenStream, at: number): number {
  const end = stream.phrase(at, [
    ['mg', '/', 'ml', '/', 'min'],
    ['mg', '/', 'ml', '·', 'min'],
    ['mg', '/', 'ml', '⋅', 'min'],
    ['mg', '/', 'ml', '.', 'min'],
    ['mg', '/', 'ml', '*', 'min'],
    ['mg', '/', 'ml', 'x', 'min'],
    ['mg', '/', 'ml', '×', 'min'],
    ['mg', '·', 'min', '/', 'ml'],
    ['mg', '*', 'min', '/', 'ml'],
    ['mg', 'x', 'min', '/', 'ml'],
  ]);
  return end === -1 ? at : end;
}

/** `2` glued to the `m` (`m2`) or a superscript two (`m²`). */
function isSquare(stream: TokenStream, at: number): boolean {
  const token = stream.at(at);
  if (token === undefined || token.spaceBefore) return false;
  return (token.kind === 'number' && token.text === '2') || token.text === '²';
}

function scale(value: number, factor: number): number {
  // Divide for µg so that 20 µg is exactly 0.02 mg rather than 20 × 0.001.
  return factor < 1 ? value / Math.round(1 / factor) : value * factor;
}
