import type { Range } from '../dose-types.js';
import { CARDINALS, ORDINALS } from './number-words.js';
import { readCount, readNumberRange } from './read-range.js';
import type { Match, TokenStream } from './token-stream.js';
import { GRAY } from './read-radiation.js';

const WEEK = ['vecka', 'veckan', 'week', 'weeks', 'veckor', 'v'];
/** Units after a plain number (`var 3 veckor`, `var 14 dagar`): plural, so that `var 3` (was 3) is never one. */
const PLURAL_UNITS = ['veckor', 'dagar', 'månader'];
const DAY = ['dag', 'dagen', 'day', 'days', 'dagar'];
const DAILY = [
  ['dagligen'], ['dagl'], ['dgl'], ['daily'], ['per', 'dag'], ['per', 'dygn'], ['om', 'dagen'], ['per', 'day'], ['a', 'day'], ['/', 'dag'], ['/', 'dygn'],
  ['varje', 'morgon'], ['varje', 'kväll'], ['every', 'morning'], ['every', 'evening'],
  // `160 mg som en daglig engångsdos` (product information): once a day.
  ['som', 'en', 'daglig', 'engångsdos'], ['som', 'daglig', 'engångsdos'], ['som', 'en', 'daglig', 'dos'], ['som', 'daglig', 'dos'],
  ['as', 'a', 'single', 'daily', 'dose'], ['as', 'a', 'daily', 'dose'],
];
const WEEKLY = [['som', 'en', 'veckodos'], ['som', 'veckodos'], ['as', 'a', 'weekly', 'dose'], ['veckovis'], ['weekly'], ['per', 'vecka'], ['i', 'veckan'], ['/', 'vecka'], ['/', 'v'], ['per', 'v'], ['per', 'week'], ['a', 'week']];
const MONTH = ['månad', 'månaden', 'month', 'months'];
const MONTHLY = [['månadsvis'], ['månatligen'], ['monthly'], ['per', 'månad'], ['i', 'månaden'], ['per', 'month'], ['a', 'month']];
/** Every few months in one word: a quarter, half a year. */
const EVERY_FEW_MONTHS: readonly [string[], number][] = [[['kvartalsvis'], 3], [['quarterly'], 3], [['halvårsvis'], 6]];
/** A year is 365 days, as the corpus's labelling guide counts `en gång per år`. */
const YEAR_DAYS = 365;
const YEARLY = [['årligen'], ['per', 'år'], ['/', 'år'], ['om', 'året'], ['i', 'året'], ['yearly'], ['annually'], ['per', 'year'], ['a', 'year']];
const HOURS_PER_DAY = 24;
const HOURS = ['h', 'tim', 'timmar', 'timme', 'hours'];
/** `2 gånger dagligen`, `2 ggr/v`, `2 x dagligen` (a multiplication sign only before a word for the period). */
const TIMES = ['gång', 'gånger', 'ggr', 'times', 'doser', 'doses', 'x'];
const MULTIPLIERS: ReadonlyMap<string, number> = new Map([['once', 1], ['twice', 2], ['thrice', 3]]);

/**
 * Interval between administrations, in days:
 * `var 3:e vecka`, `var tredje vecka`, `varje vecka`, `varannan vecka`, `varannan till var tredje månad`, `veckovis`, `dagligen`,
 * `var 6:e månad`, `en gång i månaden`, `månadsvis`, `månatligen`, `kvartalsvis`, `halvårsvis` (calendar months, see
 * `calendarMonths`), `varje morgon` (daily),
 * `årligen`, `1 gång/år` (365 days), `1x1` (once daily), `1 x 1-2` (one to two times a day), `2 gånger dagligen`, `med 6 veckors intervall`, `3-veckorsintervall`,
 * `every 3 weeks`, `every third week`, `every other week`, `weekly`, `once daily`, `q3w`.
 */
export function readSchedule(stream: TokenStream, at: number): Match<Range> | null {
  return (
    readEvery(stream, at) ??
    readPer(stream, at) ??
    readTimesPer(stream, at) ??
    readWeeksInterval(stream, at) ??
    readPrescription(stream, at) ??
    readQNotation(stream, at)
  );
}

/** `var 3:e vecka`, `varje tredje vecka`, `every 3 weeks`, `varannan vecka`, `every other day`. */
function readEvery(stream: TokenStream, at: number): Match<Range> | null {
  if (stream.isWord(at, ['varannan', 'varannat'])) return unitAfter(stream, at + 1, 2) ?? everyOtherToNth(stream, at + 1);
  if (stream.isWord(at, ['every']) && stream.isWord(at + 1, ['other'])) return unitAfter(stream, at + 2, 2);
  if (!stream.isWord(at, ['var', 'varje', 'every'])) return null;
  const ordinals = readOrdinalRange(stream, at + 1);
  if (ordinals !== null) return unitAfter(stream, ordinals.next, ordinals.value.low, ordinals.value.high);
  const ordinal = readOrdinal(stream, at + 1);
  if (ordinal !== null) return unitAfter(stream, ordinal.next, ordinal.value);
  // `var 3 veckor`, `var tre veckor`: a count and a plural unit.
  const plain = readCount(stream, at + 1);
  if (plain !== null && stream.isWord(plain.next, PLURAL_UNITS)) return unitAfter(stream, plain.next, plain.value.low, plain.value.high);
  if (stream.isWord(at, ['varje', 'every'])) {
    const plain = unitAfter(stream, at + 1, 1);
    if (plain !== null) return plain;
  }
  if (stream.isWord(at, ['every'])) {
    const count = readCount(stream, at + 1);
    if (count !== null) return unitAfter(stream, count.next, count.value.low, count.value.high);
  }
  return null;
}

/** `varannan till var tredje månad` (after `varannan`): every second to every nth unit. */
function everyOtherToNth(stream: TokenStream, at: number): Match<Range> | null {
  if (!stream.isWord(at, ['till', 'eller']) || !stream.isWord(at + 1, ['var', 'varje'])) return null;
  const ordinal = readOrdinal(stream, at + 2);
  return ordinal === null || ordinal.value <= 2 ? null : unitAfter(stream, ordinal.next, 2, ordinal.value);
}

/** Units in the singular, after which a range of plain numbers counts like ordinals (`var 3–4 vecka`). */
const SINGULAR_UNITS = ['vecka', 'dag', 'månad'];

/**
 * `3-4:e`, `3:e-4:e`, `3:e–4:e`, `3:e till 4:e`, `tredje till fjärde`: a range of ordinals (`var
 * 3-4:e vecka`); `3–4` before a unit in the singular (`var 3–4 vecka`).
 */
function readOrdinalRange(stream: TokenStream, at: number): Match<Range> | null {
  const first = readOrdinal(stream, at);
  const from = first === null ? readNumberRange(stream, at) : null;
  if (from !== null && from.value.low !== from.value.high) {
    // `3-4:e`: the suffix after the range makes both numbers ordinals.
    const suffix = readOrdinal(stream, from.next - 1);
    if (suffix !== null) return { value: from.value, next: suffix.next };
    return stream.isWord(from.next, SINGULAR_UNITS) ? from : null;
  }
  if (first === null) return null;
  const joined = stream.isPunct(first.next, '-', '–', '—') || stream.isWord(first.next, ['till', 'eller', 'to', 'or']);
  if (!joined) return null;
  const second = readOrdinal(stream, first.next + 1);
  if (second === null || second.value <= first.value) return null;
  return { value: { low: first.value, high: second.value }, next: second.next };
}

/** `3:e`, `3:a`, `3rd`, `tredje`, `third`. */
export function readOrdinal(stream: TokenStream, at: number): Match<number> | null {
  const token = stream.at(at);
  if (token?.kind === 'word') {
    const value = ORDINALS.get(token.lower);
    return value === undefined ? null : { value, next: at + 1 };
  }
  if (token?.kind !== 'number' || !Number.isInteger(token.value)) return null;
  const colon = stream.at(at + 1);
  if (colon?.text === ':' && !colon.spaceBefore) {
    const suffix = stream.at(at + 2);
    if (suffix !== undefined && !suffix.spaceBefore && (suffix.lower === 'e' || suffix.lower === 'a')) {
      return { value: token.value, next: at + 3 };
    }
  }
  const suffix = stream.at(at + 1);
  if (suffix?.kind === 'word' && !suffix.spaceBefore && ['st', 'nd', 'rd', 'th'].includes(suffix.lower)) {
    return { value: token.value, next: at + 2 };
  }
  return null;
}

function unitAfter(stream: TokenStream, at: number, low: number, high = low): Match<Range> | null {
  if (stream.isWord(at, WEEK)) return { value: { low: low * 7, high: high * 7 }, next: at + 1 };
  if (stream.isWord(at, MONTH) && Number.isInteger(low) && Number.isInteger(high) && low >= 1) {
    return { value: { low: calendarMonths(low).low, high: calendarMonths(high).high }, next: at + 1 };
  }
  if (stream.isWord(at, DAY)) return { value: { low, high }, next: at + 1 };
  return null;
}

/** `dagligen`, `veckovis`, `per dag`, `weekly`, `once daily`, `twice a day`, `bid`. */
function readPer(stream: TokenStream, at: number): Match<Range> | null {
  const multiplier = stream.at(at);
  const times = multiplier?.kind === 'word' ? MULTIPLIERS.get(multiplier.lower) : undefined;
  const from = times === undefined ? at : at + 1;
  const daily = stream.phrase(from, DAILY);
  if (daily !== -1) return { value: single(1 / (times ?? 1)), next: daily };
  // `200 mg/m2/24 h kontinuerligt`, `per 24 timmar`: the amount of each 24 hours, as a continuous infusion is written.
  const perDay = (stream.isPunct(from, '/') || stream.isWord(from, ['per'])) && stream.at(from + 1)?.value === HOURS_PER_DAY && stream.isWord(from + 2, HOURS);
  if (perDay) return { value: single(1 / (times ?? 1)), next: from + 3 };
  const weekly = stream.phrase(from, WEEKLY);
  if (weekly !== -1) return { value: single(7 / (times ?? 1)), next: weekly };
  const monthly = stream.phrase(from, MONTHLY);
  if (monthly !== -1) return { value: divide(calendarMonths(1), times ?? 1, times ?? 1), next: monthly };
  for (const [phrase, months] of times === undefined ? EVERY_FEW_MONTHS : []) {
    const next = stream.phrase(at, [phrase]);
    if (next !== -1) return { value: calendarMonths(months), next };
  }
  const yearly = stream.phrase(from, YEARLY);
  if (yearly !== -1) return { value: single(YEAR_DAYS / (times ?? 1)), next: yearly };
  if (times === undefined && stream.isWord(at, ['bid'])) return { value: single(0.5), next: at + 1 };
  // `morgon och kväll`: twice a day.
  const twice = times === undefined ? stream.phrase(at, [['morgon', 'och', 'kväll'], ['morning', 'and', 'evening']]) : -1;
  if (twice !== -1) return { value: single(0.5), next: twice };
  // `Dygnsdos Kapecitabin 1650 mg/m2`, `En vanlig dygnsdos är 50–150 mg`, `Veckodos 15–25 mg`: the amount given per day or week.
  const periodDays = times === undefined ? periodOfDoseNoun(stream, at) : null;
  if (periodDays !== null) {
    const copula = stream.isWord(at + 1, ['är']) || stream.isPunct(at + 1, ':');
    return { value: single(periodDays), next: copula ? at + 2 : at + 1 };
  }
  return null;
}

/** Nouns for the dose of a day, which name the amount right after them. */
export const DAILY_DOSE_NOUNS = ['dygnsdos', 'dygnsdosen', 'dagsdos'];
/** Nouns for the dose of a week (`Veckodos 15–25 mg`, methotrexate). */
export const WEEKLY_DOSE_NOUNS = ['veckodos', 'veckodosen'];

/** The days of the period a noun for a day's or a week's dose at `at` names (1 or 7), or null. */
function periodOfDoseNoun(stream: TokenStream, at: number): number | null {
  if (stream.isWord(at, DAILY_DOSE_NOUNS)) return 1;
  return stream.isWord(at, WEEKLY_DOSE_NOUNS) ? 7 : null;
}

/** `2 gånger dagligen`, `1–2 ggr per dygn`, `en gång i veckan`, `1 gång var 3:e vecka`, `3 ggr per dag`, `2 doser/dygn`, `2 x dagligen`, `2 times daily`. */
function readTimesPer(stream: TokenStream, at: number): Match<Range> | null {
  // `1–2 ggr`, `en till tre gånger`: a count or a range of counts, in digits or words.
  const read = readCount(stream, at);
  const count = read?.value ?? null;
  const after = read?.next ?? at + 1;
  if (count === null || count.low <= 0 || !(stream.isWord(after, TIMES) || stream.isPunct(after, '×'))) return null;
  // `1–2 ggr per dygn`: one to two a day, every 0.5 to 1 day.
  const daily = stream.phrase(after + 1, DAILY);
  if (daily !== -1) return { value: { low: 1 / count.high, high: 1 / count.low }, next: daily };
  const weekly = stream.phrase(after + 1, WEEKLY);
  if (weekly !== -1) return { value: { low: 7 / count.high, high: 7 / count.low }, next: weekly };
  const monthly = stream.phrase(after + 1, MONTHLY);
  if (monthly !== -1) return { value: divide(calendarMonths(1), count.low, count.high), next: monthly };
  const yearly = stream.phrase(after + 1, YEARLY);
  if (yearly !== -1) return { value: { low: YEAR_DAYS / count.high, high: YEAR_DAYS / count.low }, next: yearly };
  // `1 gång var 3:e vecka`, `en gång varannan vecka`: once, at that interval.
  return count.low === 1 && count.high === 1 ? readEvery(stream, after + 1) : null;
}

/**
 * `med 6 veckors intervall`, `3 veckors intervall`, `3-veckorsintervall`, `med 2–3 veckors
 * intervall`, `med en veckas mellanrum`, `med 5 dagars intervall`, `at 3-week intervals`, `3-weekly`.
 */
function readWeeksInterval(stream: TokenStream, at: number): Match<Range> | null {
  const start = stream.isWord(at, ['med', 'at']) ? at + 1 : at;
  const count = readCount(stream, start);
  if (count === null || count.value.low <= 0) return null;
  const { low, high } = count.value;
  // `med en veckas mellanrum`: one week, in the singular.
  const weeks = stream.phrase(count.next, [['veckors', 'intervall'], ['veckors', 'mellanrum'], ['veckas', 'intervall'], ['veckas', 'mellanrum'], ['-', 'veckorsintervall']]);
  if (weeks !== -1) return { value: { low: low * 7, high: high * 7 }, next: weeks };
  const days = stream.phrase(count.next, [['dagars', 'intervall'], ['dagars', 'mellanrum']]);
  if (days !== -1) return { value: { low, high }, next: days };
  const english = stream.phrase(count.next, [['-', 'week', 'intervals'], ['-', 'weekly', 'intervals'], ['-', 'weekly']]);
  if (english !== -1) return { value: { low: low * 7, high: high * 7 }, next: english };
  return null;
}

/** Most units or times a spaced `1 x 2` may state; larger counts are courses (`5 x 5 Gy`) or products. */
const SPACED_PRESCRIPTION_MOST = 4;

/** Swedish prescription shorthand `1x1` (one unit once daily), `1x2` (twice daily), also spaced (`1 x 1`), `1 x 1-2`. */
function readPrescription(stream: TokenStream, at: number): Match<Range> | null {
  const units = stream.at(at);
  const x = stream.at(at + 1);
  const perDay = stream.at(at + 2);
  if (units?.kind !== 'number' || (x?.lower !== 'x' && x?.text !== '×') || perDay?.kind !== 'number') return null;
  if (!Number.isInteger(perDay.value) || perDay.value < 1) return null;
  const spaced = x.spaceBefore || perDay.spaceBefore;
  if (spaced && (!Number.isInteger(units.value) || units.value > SPACED_PRESCRIPTION_MOST || perDay.value > SPACED_PRESCRIPTION_MOST)) return null;
  // `1 x 1-2`: one to two times a day.
  const most = stream.isPunct(at + 3, '-', '–') ? stream.at(at + 4) : undefined;
  const ranged = most?.kind === 'number' && Number.isInteger(most.value) && most.value > perDay.value && most.value <= SPACED_PRESCRIPTION_MOST;
  const next = ranged ? at + 5 : at + 3;
  // `5 x 5 Gy`, `2 x 2-3 cykler`: a course, not a prescription.
  if (stream.isWord(next, GRAY) || stream.isWord(next, COURSE_UNITS)) return null;
  return { value: ranged ? { low: 1 / most.value, high: 1 / perDay.value } : single(1 / perDay.value), next };
}

/** Words that make `N x M` a count of courses or fractions. */
const COURSE_UNITS = ['cykler', 'cykel', 'kurer', 'kur', 'fraktioner', 'fraktion', 'cycles', 'courses', 'fractions'];

/** Bare `q` counts read as days (`q21`): whole weeks of two or more, which no count of hours is. */
const WEEKS_OF_DAYS = new Set([14, 21, 28, 35, 42, 56]);

/** `q3w`, `q3wk`, `q21d`, `q21`, `q8h`, `qw`, `qd`. */
function readQNotation(stream: TokenStream, at: number): Match<Range> | null {
  const q = stream.at(at);
  if (q?.kind !== 'word') return null;
  if (q.lower === 'qw') return { value: single(7), next: at + 1 };
  if (q.lower === 'qd') return { value: single(1), next: at + 1 };
  if (q.lower !== 'q') return null;
  const count = stream.at(at + 1);
  if (count?.kind !== 'number' || count.spaceBefore || !Number.isInteger(count.value) || count.value <= 0) return null;
  const unit = stream.at(at + 2);
  const glued = unit?.kind === 'word' && !unit.spaceBefore ? unit.lower : null;
  if (glued !== null && ['w', 'wk', 'v'].includes(glued)) return { value: single(count.value * 7), next: at + 3 };
  if (glued === 'd') return { value: single(count.value), next: at + 3 };
  // `q8h`: every 8 hours, three times a day; only counts that divide the day.
  if (glued === 'h' && HOURS_PER_DAY % count.value === 0) return { value: single(count.value / HOURS_PER_DAY), next: at + 3 };
  if (glued === null && WEEKS_OF_DAYS.has(count.value)) return { value: single(count.value), next: at + 2 };
  return null;
}

function countAt(stream: TokenStream, at: number): number | null {
  const token = stream.at(at);
  if (token?.kind === 'number') return token.value > 0 ? token.value : null;
  if (token?.kind === 'word') return CARDINALS.get(token.lower) ?? null;
  return null;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** The months of four years in a row, the first a leap year. */
const FOUR_YEARS = [0, 1, 2, 3].flatMap((year) => MONTH_DAYS.map((days, month) => (year === 0 && month === 1 ? 29 : days)));

/**
 * The days `months` calendar months span, shortest and longest over the months of four years
 * (one leap year): 1 → 28–31, 3 → 89–92, 6 → 181–184, 12 → 365–366. `var 6:e månad` is an
 * interval of 181 to 184 days, not 6 × 30.
 */
export function calendarMonths(months: number): Range {
  let low = Infinity;
  let high = 0;
  for (let start = 0; start < FOUR_YEARS.length; start++) {
    let sum = 0;
    for (let i = 0; i < months; i++) sum += FOUR_YEARS[(start + i) % FOUR_YEARS.length] ?? 0;
    low = Math.min(low, sum);
    high = Math.max(high, sum);
  }
  return { low, high };
}

/** A range of days shared among `low`–`high` administrations (`2 gånger per månad`: 14–15.5 days). */
function divide(range: Range, low: number, high: number): Range {
  return { low: range.low / high, high: range.high / low };
}

function single(value: number): Range {
  return { low: value, high: value };
}

/**
 * `med 12 timmars intervall`, `8 timmars mellanrum`, `var 12:e timme`: the gap in hours between
 * the administrations of one day, which states no interval in days (see `hourGapFits`).
 */
export function readHourGap(stream: TokenStream, at: number): Match<number> | null {
  if (stream.isWord(at, ['var', 'varje', 'every'])) {
    const ordinal = readOrdinal(stream, at + 1);
    const hours = ordinal?.value ?? countAt(stream, at + 1);
    const unit = ordinal?.next ?? at + 2;
    if (hours === null || !stream.isWord(unit, ['timme', 'timma', 'timmar', 'hour', 'hours'])) return null;
    return { value: hours, next: unit + 1 };
  }
  const start = stream.isWord(at, ['med', 'at']) ? at + 1 : at;
  const hours = countAt(stream, start);
  if (hours === null || stream.at(start)?.kind !== 'number') return null;
  const next = stream.phrase(start + 1, [['timmars', 'intervall'], ['timmars', 'mellanrum'], ['-', 'hour', 'intervals']]);
  return next === -1 ? null : { value: hours, next };
}
