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
  // `5 ug/kg`: text that lost its µ (a PDF's extraction, a plain keyboard).
  ['ug', 0.001],
  ['mikrogram', 0.001],
  ['mikrog', 0.001],
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
  if (range === null || hasAmbiguousPoint(stream, at, range.next)) return null;
  const unitToken = stream.at(range.next);
  // `23-25G`, `22 G`: a needle's gauge; grams are written `g`.
  const factor = unitToken?.kind === 'word' && unitToken.text !== 'G' ? MASS_UNITS.get(unitToken.lower) : undefined;
  if (factor === undefined) return null;
  const afterUnit = range.next + 1;
  // `natriumklorid 9 mg/ml`, `glukos 50 mg/ml`, `80 mg/4 ml`: a concentration or strength, never a dose.
  if (isPerVolume(stream, afterUnit) || isPerAmountOfVolume(stream, afterUnit) || isVialContent(stream, afterUnit)) return null;
  const { unit, doseKind, next } = readBasis(stream, afterUnit);
  // `0,5 mg/kg/min`, `1 mg/h`: a rate of infusion, which no dose field holds; reported when left unread (`rateEnd`).
  if (rateTimeEnd(stream, { doseKind, next }) !== -1) return null;
  const perTime = readPerTime(stream, next);
  const amount = { low: scale(range.value.low, factor), high: scale(range.value.high, factor) };
  const read = { value: { amount, unit, doseKind, intervalDays: perTime?.value ?? null }, next: perTime?.next ?? next };
  return repeatedUnitRange(stream, read) ?? read;
}

/**
 * `75 mg/m2 – 100 mg/m2`: a range with its unit written at both ends is one amount, not two doses.
 * Only after a dash, and only when the other end is larger, in the same unit and schedule.
 */
function repeatedUnitRange(stream: TokenStream, read: Match<AmountValue>): Match<AmountValue> | null {
  const { amount } = read.value;
  if (amount.low !== amount.high || !stream.isPunct(read.next, '-', '–', '—') || stream.at(read.next + 1)?.kind !== 'number') return null;
  const other = readMassAmount(stream, read.next + 1);
  if (other === null || other.value.unit !== read.value.unit || other.value.amount.low !== other.value.amount.high || other.value.amount.low <= amount.low) return null;
  const [a, b] = [other.value.intervalDays, read.value.intervalDays];
  if (a !== b && (a === null || b === null || a.low !== b.low || a.high !== b.high)) return null;
  return { value: { ...read.value, amount: { low: amount.low, high: other.value.amount.low } }, next: other.next };
}

/** What a mass unit at `at - 1` is given per: body surface (`/m2`), weight (`/kg`) or nothing (flat). */
function readBasis(stream: TokenStream, at: number): { unit: DoseUnit; doseKind: DoseKind; next: number } {
  const perSquareMetre = perBodySurface(stream, at);
  if (perSquareMetre !== -1) return { unit: 'mg/m2', doseKind: 'body-surface', next: perSquareMetre };
  if ((stream.isPunct(at, '/') || stream.isWord(at, ['per'])) && stream.isText(at + 1, 'kg')) return { unit: 'mg/kg', doseKind: 'weight', next: at + 2 };
  return { unit: 'mg', doseKind: 'flat', next: at };
}

/** Units of time shorter than a day after `/` or `per`: the amount before them is a rate. */
const SHORT_TIMES = new Set(['min', 'minut', 'minuten', 'minute', 'h', 'tim', 'timme', 'timmen', 'hour', 'hr', 't']);

/** `/min`, `per timme`, `/h` at `at`: the index after it, or -1. */
function perShortTime(stream: TokenStream, at: number): number {
  if (!stream.isPunct(at, '/') && !stream.isWord(at, ['per'])) return -1;
  const unit = stream.at(at + 1);
  // `t` only after a slash (`mg/t`): after `per` it is no unit.
  if (unit?.kind !== 'word' || !SHORT_TIMES.has(unit.lower) || (unit.lower === 't' && !stream.isPunct(at, '/'))) return -1;
  return at + 2;
}

/**
 * Where a rate of infusion that starts at the number at `at` ends (`0,5 mg/kg/min`, `1 mg/h`,
 * `5 mikrogram/kg/min`), or -1. The amount reader never takes a rate for a dose; the partial
 * reading reports the whole rate where it is left unread.
 */
export function rateEnd(stream: TokenStream, at: number): number {
  const range = readNumberRange(stream, at);
  const unitToken = range === null ? undefined : stream.at(range.next);
  if (range === null || unitToken?.kind !== 'word' || !MASS_UNITS.has(unitToken.lower)) return -1;
  return rateTimeEnd(stream, readBasis(stream, range.next + 1));
}

/** The end of `/min`, `/tim` after a basis, also with the basis written out before it (`0,004 mg/kg kroppsvikt/tim`), or -1. */
function rateTimeEnd(stream: TokenStream, basis: { doseKind: DoseKind; next: number }): number {
  const written = basis.doseKind !== 'flat' && stream.isWord(basis.next, ['kroppsvikt', 'kroppsyta']) ? basis.next + 1 : basis.next;
  return perShortTime(stream, written);
}

/** `/dag`, `/vecka` after a unit, or a count of them (`200 mg/3 v`, `/21 dagar`): the interval in days. */
function readPerTime(stream: TokenStream, at: number): Match<Range> | null {
  if (!stream.isPunct(at, '/')) return null;
  const count = stream.at(at + 1);
  const counted = count?.kind === 'number' && Number.isInteger(count.value) && count.value > 1 ? count.value : null;
  const perToken = stream.at(counted === null ? at + 1 : at + 2);
  const days = perToken?.kind === 'word' ? (PER_TIME.get(perToken.lower) ?? (counted === null ? undefined : PER_COUNTED_TIME.get(perToken.lower))) : undefined;
  if (days === undefined) return null;
  const interval = days * (counted ?? 1);
  return { value: { low: interval, high: interval }, next: counted === null ? at + 2 : at + 3 };
}

/** Plural units after a count (`/3 veckor`, `/21 dagar`). */
const PER_COUNTED_TIME: ReadonlyMap<string, number> = new Map([
  ['veckor', 7],
  ['weeks', 7],
  ['dagar', 1],
  ['days', 1],
]);

/**
 * Million international units after a number: `ME`, `MU`, `MIE`, `MIU` as one word, `milj. E`,
 * `milj. IE`, `miljoner enheter`, `miljoner IE`, `miljoner internationella enheter`, `million
 * units`, `million IU`. International units without "million" (`IE`, `E`, `IU`) are not read.
 */
const MILLION_UNIT_WORDS = ['me', 'mu', 'mie', 'miu'];
const MILLION_UNIT_PHRASES = [
  ['milj', '.', 'e'], ['milj', '.', 'ie'], ['milj', '.', 'enheter'], ['milj', 'e'], ['milj', 'ie'], ['miljoner', 'enheter'],
  ['miljoner', 'e'], ['miljoner', 'ie'], ['miljoner', 'internationella', 'enheter'], ['million', 'units'], ['million', 'iu'],
  ['million', 'international', 'units'],
];

/**
 * `30 ME`, `0,5 ME/kg`, `5 miljoner enheter per kg`, `3 MIE/dag`: an amount in million
 * international units, flat or per kg of body weight, optionally per day or week. Never
 * converted to a mass. Per volume (`30 ME/0,5 ml`, a strength) or per m2 is not read here, and
 * the clause keeps reporting it (`dose-partial-reading`).
 */
export function readMillionUnits(stream: TokenStream, at: number): Match<AmountValue> | null {
  const range = readNumberRange(stream, at);
  if (range === null) return null;
  let next = stream.isWord(range.next, MILLION_UNIT_WORDS) ? range.next + 1 : stream.phrase(range.next, MILLION_UNIT_PHRASES);
  if (next === -1) return null;
  if (isPerVolume(stream, next) || isPerAmountOfVolume(stream, next) || perBodySurface(stream, next) !== -1) return null;
  if (restatesMassBefore(stream, at)) return null;
  let unit: DoseUnit = 'MU';
  let doseKind: DoseKind = 'units';
  if ((stream.isPunct(next, '/') || stream.isWord(next, ['per'])) && stream.isText(next + 1, 'kg')) {
    unit = 'MU/kg';
    doseKind = 'units-per-weight';
    next += 2;
  }
  const perTime = readPerTime(stream, next);
  return { value: { amount: range.value, unit, doseKind, intervalDays: perTime?.value ?? null }, next: perTime?.next ?? next };
}

/**
 * A carboplatin target AUC: `AUC 5`, `AUC5`, `AUC = 5`, `AUC 5–6`, optionally followed by
 * its unit (`mg/ml/min`, `mg/mL·min`, `mg/ml x min`). Whether it is a dose at all (and not,
 * say, the area under a ROC curve) is decided by the caller from the drug next to it.
 */
export function readAucAmount(stream: TokenStream, at: number): Match<AmountValue> | null {
  const calvert = readCalvert(stream, at);
  if (calvert !== null) return calvert;
  if (!stream.isWord(at, ['auc'])) return null;
  let next = at + 1;
  if (stream.isPunct(next, '=', ':')) next++;
  const range = readNumberRange(stream, next);
  if (range === null) return null;
  // `AUC 5 x (GFR + 25) mg`: the target followed by the formula it goes into.
  const formula = calvertTail(stream, range.next);
  next = formula === -1 ? skipAucUnit(stream, range.next) : formula;
  return { value: { amount: range.value, unit: 'mg/mL.min', doseKind: 'auc', intervalDays: null }, next };
}

const ALTERNATIVES = ['eller', 'or', 'alternativt'];
/** Words after a number that make it a count or a period, not another target AUC (`AUC 5 eller 6 cykler`). */
const NOT_AN_AUC_AFTER = ['cykler', 'cykel', 'kurer', 'kur', 'veckor', 'dagar', 'månader', 'gånger', 'ggr', 'mg', 'gy', 'cycles', 'weeks', 'days'];

/**
 * Alternative amounts written once with their unit: `75 eller 100 mg/m2` (the bare number before
 * `eller` takes the unit of the amount after it) and `AUC 5 eller 6` (the bare number after
 * `eller` is another target AUC). Without this the bare number was skipped without a finding.
 */
export function readAlternativeAmount(stream: TokenStream, at: number): Match<AmountValue> | null {
  const token = stream.at(at);
  if (token?.kind !== 'number' || token.value <= 0) return null;
  const written = stream.at(at + 2);
  const following = stream.isWord(at + 1, ALTERNATIVES) && written?.kind === 'number' ? readMassAmount(stream, at + 2) : null;
  if (following !== null && written !== undefined && written.value > 0 && following.value.amount.low === following.value.amount.high) {
    const factor = following.value.amount.low / written.value;
    const amount = { low: token.value * factor, high: token.value * factor };
    return { value: { ...following.value, amount }, next: at + 1 };
  }
  const aucBefore = stream.isWord(at - 3, ['auc']) || (stream.isPunct(at - 3, '=') && stream.isWord(at - 4, ['auc']));
  if (stream.isWord(at - 1, ALTERNATIVES) && stream.at(at - 2)?.kind === 'number' && aucBefore && !stream.isWord(at + 1, NOT_AN_AUC_AFTER)) {
    return { value: { amount: { low: token.value, high: token.value }, unit: 'mg/mL.min', doseKind: 'auc', intervalDays: null }, next: at + 1 };
  }
  return null;
}

/** `5 x(GFR + 25) mg`, `5 × (GFR+25) mg`: the Calvert formula with its target AUC written first. */
function readCalvert(stream: TokenStream, at: number): Match<AmountValue> | null {
  const range = readNumberRange(stream, at);
  const next = range === null ? -1 : calvertTail(stream, range.next);
  if (range === null || next === -1) return null;
  return { value: { amount: range.value, unit: 'mg/mL.min', doseKind: 'auc', intervalDays: null }, next };
}

/** `x (GFR + 25) mg` at `at` (`×`, `*` too; `mg` optional): the index after it, or -1. */
function calvertTail(stream: TokenStream, at: number): number {
  if (!stream.isText(at, 'x') && !stream.isPunct(at, '×', '*')) return -1;
  const open = stream.phrase(at + 1, [['(', 'gfr', '+']]);
  if (open === -1 || stream.at(open)?.value !== 25 || !stream.isPunct(open + 1, ')')) return -1;
  const end = open + 2;
  return stream.isWord(end, ['mg']) ? end + 1 : end;
}

/** The unit of an AUC as written after it (a module constant: `phrase` indexes a long list once). */
const AUC_UNITS = [
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
];

export function skipAucUnit(stream: TokenStream, at: number): number {
  const end = stream.phrase(at, AUC_UNITS);
  return end === -1 ? at : end;
}

/**
 * Units of volume or of a package after `/` or `per`: what they follow is a concentration or a
 * strength (`9 mg/ml`, `500 mg/tablett`, `100 mg/flaska`), not a dose.
 */
const VOLUMES = ['ml', 'l', 'dl', 'µl', 'μl', 'tablett', 'kapsel', 'flaska', 'injektionsflaska', 'ampull', 'vial', 'tablet', 'capsule'];

/** `150 mg torrsubstans`, `100 mg pulver`: what a vial holds, not a dose. */
function isVialContent(stream: TokenStream, at: number): boolean {
  return stream.isWord(at, ['torrsubstans', 'torrsubstansen', 'pulver', 'powder']);
}

function isPerVolume(stream: TokenStream, at: number): boolean {
  return (stream.isPunct(at, '/') || stream.isWord(at, ['per'])) && stream.isWord(at + 1, VOLUMES);
}

/** How far before an opening parenthesis a mass amount may stand to be restated in it. */
const RESTATED_REACH = 3;

/**
 * `300 mikrogram filgrastim (30 miljoner enheter)`, `5 mikrogram/kg (0,5 ME/kg)`: million units
 * in parentheses a few tokens after a mass restate that amount in other units; they are no
 * second dose. Looks back at most `RESTATED_REACH` tokens before the parenthesis.
 */
function restatesMassBefore(stream: TokenStream, at: number): boolean {
  if (!stream.isPunct(at - 1, '(')) return false;
  for (let index = at - 2; index >= Math.max(0, at - 1 - RESTATED_REACH); index--) {
    const token = stream.at(index);
    if (token?.kind === 'word' && MASS_UNITS.has(token.lower) && stream.at(index - 1)?.kind === 'number') return true;
    if (token?.lower === 'kg' && stream.isPunct(index - 1, '/') && stream.at(index - 2)?.kind === 'word') return true;
  }
  return false;
}

/** `30 ME/0,5 ml`, `80 mg/4 ml`, `48 ME per 0,5 ml`: what a syringe or vial holds, a strength. */
function isPerAmountOfVolume(stream: TokenStream, at: number): boolean {
  if (!stream.isPunct(at, '/') && !stream.isWord(at, ['per'])) return false;
  const volume = readNumberRange(stream, at + 1);
  return volume !== null && stream.isWord(volume.next, VOLUMES);
}

/**
 * `/m2`, `/m²`, `/m^2`, `/m 2`, `per m2`, `/kvm`, `per kvm` after a mass unit at `at`; returns
 * the index after it, or -1.
 */
function perBodySurface(stream: TokenStream, at: number): number {
  if (!stream.isPunct(at, '/') && !stream.isWord(at, ['per'])) return -1;
  if (stream.isWord(at + 1, ['kvm', 'kvadratmeter', 'kvadratmeters', 'kroppsyta'])) return at + 2;
  if (!stream.isText(at + 1, 'm')) return -1;
  if (isSquare(stream, at + 2)) return at + 3;
  if (stream.isPunct(at + 2, '^') && isTwo(stream, at + 3)) return at + 4;
  // `mg/m 2`: a two set apart by a space, as text copied from a PDF has it.
  if (isTwo(stream, at + 2)) return at + 3;
  return -1;
}

function isTwo(stream: TokenStream, at: number): boolean {
  const token = stream.at(at);
  return token !== undefined && token.kind === 'number' && token.text === '2';
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

/**
 * `1.500 mg`: a point before exactly three digits is a decimal point in English and a thousands
 * separator in much European text: 1,5 or 1 500, a thousandfold apart. Such an amount is not
 * read (its numbers are reported as a partial reading), never guessed. `0.125` and `2.5` are not ambiguous.
 */
function hasAmbiguousPoint(stream: TokenStream, first: number, next: number): boolean {
  for (let index = first; index < next; index++) {
    const token = stream.at(index);
    if (token?.kind === 'number' && /^[1-9]\d{0,2}\.\d{3}$/.test(token.text)) return true;
  }
  return false;
}
