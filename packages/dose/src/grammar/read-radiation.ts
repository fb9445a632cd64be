import type { Range } from '../dose-types.js';
import { readCount, readNumberRange } from './read-range.js';
import type { Match, TokenStream } from './token-stream.js';

/** What a radiotherapy phrase states; missing values are derived later. */
export interface StatedFractionation {
  dosePerFraction: Range | null;
  fractions: Range | null;
  total: Range | null;
}

/**
 * A radiotherapy phrase read, and the tokens `[first, next)` of a count per week inside it
 * (`x 5 per vecka`), which no field holds: the caller reports them.
 */
export type RadiationMatch = Match<StatedFractionation> & { perWeek?: { first: number; next: number } };

/** `x 5 per vecka`, `x 5/v`: how many fractions a week. */
const PER_WEEK = [['per', 'vecka'], ['per', 'v'], ['/', 'vecka'], ['/', 'v'], ['i', 'veckan'], ['per', 'week'], ['/', 'week'], ['a', 'week'], ['weekly']];

/** `fr` and `fx` as radiotherapy notes abbreviate them (`46 Gy/23 fr`). */
const FRACTION_NOUNS = [['fraktioner'], ['fraktion'], ['fractions'], ['fraction'], ['fr'], ['fx']];
const PER_FRACTION = [
  ...FRACTION_NOUNS,
  ['per', 'fraktion'],
  ['per', 'fraction'],
  ['/', 'fraktion'],
  ['/', 'fraction'],
  ['/', 'fr'],
  ['/', 'fx'],
  ['/', 'gång'],
  ['per', 'gång'],
  ['/', 'tillfälle'],
  ['/', 'session'],
  ['/', 'behandlingstillfälle'],
  // A fraction is a session: `2 Gray per behandlingstillfälle`, `3 Gy per tillfälle`.
  ['per', 'behandlingstillfälle'],
  ['per', 'tillfälle'],
  ['per', 'session'],
  ['per', 'behandling'],
];
const UP_TO = [['upp', 'till'], ['till'], ['up', 'to'], ['to'], [',', 'totalt'], ['totalt'], ['='], [',', 'totaldos'], ['totaldos']];
const TOTAL_QUALIFIERS = [['åtminstone'], ['minst'], ['at', 'least'], ['totalt'], ['a', 'total', 'of'], ['total']];

const SINGLE_FRACTION = [
  ['engångsfraktion'], ['som', 'engångsfraktion'], ['som', 'engångsdos'], ['i', 'en', 'fraktion'], ['i', 'en', 'enda', 'fraktion'],
  ['på', 'en', 'fraktion'], ['as', 'a', 'single', 'fraction'], ['in', 'a', 'single', 'fraction'], ['single', 'fraction'],
];

/** `Gy` and the unit spelt out (`2 Gray per behandlingstillfälle`). */
export const GRAY: readonly string[] = ['gy', 'gray'];

/**
 * Radiotherapy in Gy:
 * - `4 Gy x 5`, `8 Gy x 1–2`, `5 x 4 Gy`: dose per fraction and number of fractions;
 * - `2 Gy-fraktioner upp till åtminstone 64–66 Gy`, `2 Gy per fraction to 60 Gy`: dose per
 *   fraction and total;
 * - `20 Gy i 5 fraktioner`, `20 Gy in 5 fractions`, `45 Gy/25 fraktioner`: total and number of fractions;
 * - `8 Gy engångsfraktion`, `8 Gy som engångsdos`: one fraction of that dose;
 * - `3 fraktioner à 7 Gy`: number of fractions and dose per fraction;
 * - `Fraktionsdos 2 Gy till totalt 60 Gy`: named as the dose per fraction, with a total or not;
 * - `50 Gy`: total only.
 */
export function readRadiation(stream: TokenStream, at: number): RadiationMatch | null {
  const first = readNumberRange(stream, at);
  if (first === null) return null;
  let next = first.next;
  const each = fractionsOfDose(stream, first);
  if (each !== null) return each;
  if (isTimes(stream, next)) {
    const dose = readNumberRange(stream, next + 1);
    if (dose !== null && stream.isWord(dose.next, GRAY)) {
      return { value: { dosePerFraction: dose.value, fractions: first.value, total: null }, next: dose.next + 1 };
    }
  }
  if (!stream.isWord(next, GRAY)) return null;
  next++;
  if (isTimes(stream, next)) {
    const count = fractionCount(stream, next + 1);
    // `2 Gy x 5 per vecka till 50 Gy`: five a week, not five fractions; the total closes the course.
    const perWeek = count === null ? -1 : stream.phrase(count.next, PER_WEEK);
    if (perWeek !== -1) {
      const total = readTotal(stream, perWeek);
      return { value: { dosePerFraction: first.value, fractions: null, total: total?.value ?? null }, next: total?.next ?? perWeek, perWeek: { first: next, next: perWeek } };
    }
    if (count !== null) {
      // `2 Gy x 12 fraktioner`: the count's noun said after it.
      const counted = stream.phrase(count.next, FRACTION_NOUNS);
      const afterCount = counted === -1 ? count.next : counted;
      // `1,8 Gy x 28 till 50,4 Gy`: the total closes the same course.
      const total = readTotal(stream, afterCount);
      return { value: { dosePerFraction: first.value, fractions: count.value, total: total?.value ?? null }, next: total?.next ?? afterCount };
    }
  }
  const afterHyphen = stream.isPunct(next, '-', '–') ? next + 1 : next;
  const perFraction = stream.phrase(afterHyphen, PER_FRACTION);
  if (perFraction !== -1) {
    // `2 Gy/fraktion, 5 fraktioner/vecka, till 50 Gy`: the count per week stands between the dose and its total.
    const perWeek = countPerWeek(stream, perFraction);
    const totalAfterWeek = perWeek === null ? null : readTotal(stream, perWeek.next);
    if (perWeek !== null && totalAfterWeek !== null) {
      return { value: { dosePerFraction: first.value, fractions: null, total: totalAfterWeek.value }, next: totalAfterWeek.next, perWeek: perWeek.span };
    }
    const total = readTotal(stream, perFraction);
    return {
      value: { dosePerFraction: first.value, fractions: null, total: total?.value ?? null },
      next: total?.next ?? perFraction,
    };
  }
  // `8 Gy engångsfraktion`, `8 Gy som engångsdos`, `8 Gy i en fraktion`: one fraction.
  const single = stream.phrase(next, SINGLE_FRACTION);
  if (single !== -1) return { value: { dosePerFraction: first.value, fractions: { low: 1, high: 1 }, total: first.value }, next: single };
  const preposition = stream.phrase(next, [['i'], ['in'], ['på'], ['over'], ['över'], ['/']]);
  if (preposition !== -1) {
    const count = readCount(stream, preposition);
    const noun = count === null ? -1 : stream.phrase(count.next, FRACTION_NOUNS);
    if (count !== null && noun !== -1) {
      return { value: { dosePerFraction: null, fractions: count.value, total: first.value }, next: noun };
    }
  }
  // `Fraktionsdos 2 Gy till totalt 60 Gy`, `fraktionsdosen är 3 Gy`: named as the dose per fraction.
  if (namedFractionDose(stream, at)) {
    const total = readTotal(stream, next);
    return { value: { dosePerFraction: first.value, fractions: null, total: total?.value ?? null }, next: total?.next ?? next };
  }
  return { value: { dosePerFraction: null, fractions: null, total: first.value }, next };
}

/** Nouns that name the dose per fraction, and the words that may stand between one and its amount. */
const FRACTION_DOSE_NOUNS = ['fraktionsdos', 'fraktionsdosen', 'fraktionsdoser'];
const FRACTION_DOSE_LINKS = ['är', 'på', 'om', ':', 'av'];

/** Whether the amount at `at` is named the dose per fraction right before it (`Fraktionsdos 2 Gy`, `fraktionsdosen är 3 Gy`). */
function namedFractionDose(stream: TokenStream, at: number): boolean {
  const before = stream.isWord(at - 1, FRACTION_DOSE_LINKS) || stream.isPunct(at - 1, ':') ? at - 2 : at - 1;
  return stream.isWord(before, FRACTION_DOSE_NOUNS);
}

/** `3 fraktioner à 7 Gy`, `5 fraktioner om 4 Gy`: a number of fractions, each of a dose. */
function fractionsOfDose(stream: TokenStream, count: Match<Range>): Match<StatedFractionation> | null {
  const noun = stream.phrase(count.next, FRACTION_NOUNS);
  const each = noun === -1 ? -1 : stream.phrase(noun, [['à'], ['á'], ['om'], ['på'], ['of']]);
  const dose = each === -1 ? null : readNumberRange(stream, each);
  if (dose === null || !stream.isWord(dose.next, GRAY)) return null;
  return { value: { dosePerFraction: dose.value, fractions: count.value, total: null }, next: dose.next + 1 };
}

/**
 * The number of fractions after `x`: `5`, `1–2`; in `x 28 till 50,4 Gy` the `till` leads to the
 * total, so the count is 28, not a range from 28 to 50.4.
 */
function fractionCount(stream: TokenStream, at: number): Match<Range> | null {
  const count = readNumberRange(stream, at);
  const first = stream.at(at);
  if (count === null || first?.kind !== 'number' || !stream.isWord(at + 1, ['till', 'to']) || !stream.isWord(count.next, GRAY)) return count;
  return { value: { low: first.value, high: first.value }, next: at + 1 };
}

/** `upp till åtminstone 64–66 Gy`, `, totalt 50 Gy`, `= 50 Gy` after a dose per fraction. */
function readTotal(stream: TokenStream, at: number): Match<Range> | null {
  const upTo = stream.phrase(at, UP_TO);
  if (upTo === -1) return null;
  const qualifier = stream.phrase(upTo, TOTAL_QUALIFIERS);
  const total = readNumberRange(stream, qualifier === -1 ? upTo : qualifier);
  if (total === null || !stream.isWord(total.next, GRAY)) return null;
  return { value: total.value, next: total.next + 1 };
}

/** What is counted in `5 fraktioner/vecka`, `5 dagar i veckan`: how many a week, not a dose's schedule. */
export const COUNTED_IN_A_WEEK: readonly string[] = ['fraktioner', 'fractions', 'dagar', 'days', 'behandlingar', 'behandlingsdagar'];

/**
 * `, 5 fraktioner/vecka,`, `5 dagar per vecka`: a count per week and its words; `span` is what
 * is reported (without the commas), `next` where a total may follow.
 */
function countPerWeek(stream: TokenStream, at: number): { span: { first: number; next: number }; next: number } | null {
  const first = stream.isPunct(at, ',') ? at + 1 : at;
  const count = readCount(stream, first);
  const counted = count !== null && stream.isWord(count.next, COUNTED_IN_A_WEEK);
  const perWeek = counted ? stream.phrase(count.next + 1, PER_WEEK) : -1;
  if (perWeek === -1) return null;
  return { span: { first, next: perWeek }, next: stream.isPunct(perWeek, ',') ? perWeek + 1 : perWeek };
}

function isTimes(stream: TokenStream, at: number): boolean {
  return stream.isText(at, 'x') || stream.isPunct(at, '×', '*');
}
