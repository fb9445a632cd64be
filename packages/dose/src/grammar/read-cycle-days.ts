import { readCount, readNumberRange } from './read-range.js';
import type { Match, TokenStream } from './token-stream.js';

const DAY_WORDS = ['dag', 'dagarna', 'dagar', 'day', 'days'];
const LIST_JOINERS = [',', 'och', 'and', '&', '+'];
/** Day numbers beyond this are not days of a cycle (the longest cycles in oncology are 12 weeks). */
const LAST_CYCLE_DAY = 84;
/** A list of more day numbers than this is not read further (keeps the reader bounded). */
const MOST_LISTED = 12;

/**
 * The days of a cycle on which a drug is given: `dag 1`, `dag 1 och 8`, `dag 1, 8 och 15`,
 * `dag 1–5`, `dagarna 1–14`, `d1-3`, `day 1 and 8`, `från dag 1 till dag 14`. Ranges are expanded to
 * every day. A number of days without a day number (`i 14 dagar`) is a duration, not read here.
 */
export function readCycleDays(stream: TokenStream, at: number): Match<number[]> | null {
  // `d1`, `d1-14`, `d 1 + 8`: a lower-case `d` before a number is short for `dag` (`D3` is a vitamin).
  const shortDay = stream.at(at)?.text === 'd' && stream.at(at + 1)?.kind === 'number';
  if (!shortDay && !stream.isWord(at, DAY_WORDS)) return null;
  if (stream.isWord(at - 1, FROM)) return readFromDay(stream, at);
  const days: number[] = [];
  let next = at + 1;
  for (let listed = 0; listed < MOST_LISTED; listed++) {
    const range = readNumberRange(stream, next);
    if (range === null || !isDayRange(range.value.low, range.value.high)) break;
    // `dag 1, 80 mg dag 2 och 3`: a number with a unit after the joiner is the next dose's amount, not a day;
    // `dag 1–14, 21-dagarscykel`: nor is a number glued by a hyphen to the word after it.
    if (listed > 0 && (isUnitWord(stream, range.next) || stream.isGluedHyphenBeforeWord(range.next))) {
      next--;
      break;
    }
    const last = days[days.length - 1] ?? 0;
    if (range.value.low <= last) break;
    for (let day = range.value.low; day <= range.value.high; day++) days.push(day);
    next = range.next;
    const joiner = stream.at(next);
    // `dag 1–5 och dag 8–12`: the day word said again after the joiner.
    const dayAgain = stream.isWord(next + 1, DAY_WORDS) && stream.at(next + 2)?.kind === 'number' ? 1 : 0;
    const follows = stream.at(next + 1 + dayAgain);
    if (joiner === undefined || !LIST_JOINERS.includes(joiner.lower) || follows?.kind !== 'number') break;
    next += 1 + dayAgain;
  }
  return days.length === 0 ? null : { value: days, next: eachCycleEnd(stream, next) };
}

const IN_EACH = [['i', 'varje'], ['i', 'var'], ['av', 'varje'], ['in', 'each'], ['of', 'each'], ['of', 'every'], ['in', 'every']];
const EACH_CYCLE_NOUNS = ['cykel', 'kur', 'behandlingscykel', 'behandlingskur', 'cycle', 'course', 'treatment'];

/** `dag 1 och 8 i varje cykel`, `day 1 of each cycle`: the days said to be days of each cycle, which they already are. */
function eachCycleEnd(stream: TokenStream, next: number): number {
  const each = stream.phrase(next, IN_EACH);
  return each !== -1 && stream.isWord(each, EACH_CYCLE_NOUNS) ? each + 1 : next;
}

/**
 * Units of amounts, volumes and periods: a number before one of them is no day number
 * (`dag 1, 80 mg`, `dag 1-5, 28 dagars cykel`).
 */
const UNITS = new Set([
  'mg', 'g', 'gram', 'milligram', 'µg', 'μg', 'mcg', 'ug', 'mikrogram', 'gy', 'ml', 'me', 'mu', 'ie', 'auc', 'mmol', '%',
  'dagar', 'dagars', 'veckor', 'veckors', 'dygn', 'timmar', 'cykler', 'kurer', 'days', 'weeks',
]);

function isUnitWord(stream: TokenStream, at: number): boolean {
  const token = stream.at(at);
  return token !== undefined && UNITS.has(token.lower);
}

const FROM = ['från', 'from'];
const UNTIL = ['till', 'to', 'until'];

/**
 * `från dag 1 till dag 14`, `från dag 1 till 14`: the days from one to the other. `från dag 2`
 * alone says when a drug starts, not on which days it is given: not read (and so reported).
 */
function readFromDay(stream: TokenStream, at: number): Match<number[]> | null {
  const first = stream.at(at + 1);
  if (first?.kind !== 'number' || !stream.isWord(at + 2, UNTIL)) return null;
  const lastAt = stream.isWord(at + 3, DAY_WORDS) ? at + 4 : at + 3;
  const last = stream.at(lastAt);
  if (last?.kind !== 'number' || !isDayRange(first.value, last.value) || last.value <= first.value) return null;
  const days: number[] = [];
  for (let day = first.value; day <= last.value; day++) days.push(day);
  return { value: days, next: lastAt + 1 };
}

function isDayRange(low: number, high: number): boolean {
  return Number.isInteger(low) && Number.isInteger(high) && low >= 1 && high <= LAST_CYCLE_DAY;
}

const RESTART = [
  ['ny', 'kur'], ['ny', 'cykel'], ['ny', 'behandlingscykel'], ['ny', 'behandling'], ['nästa', 'kur'],
  ['nästa', 'cykel'], ['new', 'cycle'], ['next', 'cycle'], ['kuren', 'upprepas'], ['cykeln', 'upprepas'],
  ['behandlingen', 'upprepas'], ['upprepas'],
];
const RESTART_VERBS = [['startas'], ['startar'], ['ges'], ['påbörjas'], ['starts'], ['på'], ['from'], ['on']];

/**
 * The day the next cycle starts, which sets the cycle length: `ny kur dag 22` (21 days),
 * `ny behandlingscykel startas dag 29` (28 days), `kuren upprepas dag 22`, `next cycle on day 22`.
 */
export function readRestartDay(stream: TokenStream, at: number): Match<number> | null {
  const restart = stream.phrase(at, RESTART);
  if (restart === -1) return null;
  const verb = stream.phrase(restart, RESTART_VERBS);
  const day = verb === -1 ? restart : verb;
  if (!stream.isWord(day, ['dag', 'day'])) return null;
  const number = stream.at(day + 1);
  if (number?.kind !== 'number' || !isDayRange(number.value, number.value) || number.value < 2) return null;
  return { value: number.value - 1, next: day + 2 };
}

const CYCLE_LENGTH_NOUNS = ['dagarscykel', 'dagarscykler', 'dagarscykeln', 'dagarsperiod', 'dagarsschema'];
const WEEK_CYCLE_NOUNS = ['veckorscykel', 'veckorscykler', 'veckorscykeln', 'veckorsperiod', 'veckorsschema'];
const CYCLE_NOUNS = ['cykel', 'cykler', 'cykeln', 'behandlingscykel', 'behandlingscykler', 'kur', 'kurer', 'cycle', 'cycles'];

/**
 * `4 cykler à 21 dagar`: after a cycle noun, the length of each (`à`, `á`: each of). Its own
 * reader, tried before `à` is taken for the strength of each unit (`2 tabletter à 500 mg`).
 */
export function readEachOfDays(stream: TokenStream, at: number): Match<number> | null {
  if (!stream.isWord(at, ['à', 'á']) || !stream.isWord(at - 1, CYCLE_NOUNS)) return null;
  const days = stream.at(at + 1);
  if (days?.kind !== 'number' || !isDayRange(days.value, days.value) || !stream.isWord(at + 2, ['dagar', 'days'])) return null;
  return { value: days.value, next: at + 3 };
}

/** `cykler om 21 dagar`: the words before a cycle's length in days (a module constant: `phrase` indexes a long list once). */
const CYCLES_OF = [['cykler', 'om'], ['cykel', 'om'], ['cykler', 'på'], ['cykel', 'på'], ['cycles', 'of'], ['cycle', 'of']];

/**
 * A cycle length: `28-dagarscykel`, `28-dagars cykel`, `21 dagars behandlingscykel`,
 * `3-veckorscykler`, `3 veckors cykler`, `21-day cycle`, `i cykler om 28 dagar`, `en cykel på 28 dagar`
 * (and `4 cykler à 21 dagar`, see `readEachOfDays`).
 */
export function readCycleLength(stream: TokenStream, at: number): Match<number> | null {
  const count = readCount(stream, at);
  if (count !== null && count.value.low === count.value.high && isDayRange(count.value.low, count.value.low)) {
    const from = stream.isPunct(count.next, '-') ? count.next + 1 : count.next;
    if (stream.isWord(from, CYCLE_LENGTH_NOUNS)) return { value: count.value.low, next: from + 1 };
    // `3-veckorscykler`, `3 veckors cykler`: a cycle length in weeks.
    const weeks = count.value.low * 7;
    if (isDayRange(weeks, weeks) && stream.isWord(from, WEEK_CYCLE_NOUNS)) return { value: weeks, next: from + 1 };
    if (isDayRange(weeks, weeks) && stream.isWord(from, ['veckors', 'week']) && stream.isWord(from + 1, CYCLE_NOUNS)) return { value: weeks, next: from + 2 };
    if (stream.isWord(from, ['dagars', 'day', 'days']) && stream.isWord(from + 1, CYCLE_NOUNS)) {
      return { value: count.value.low, next: from + 2 };
    }
  }
  const over = stream.phrase(at, CYCLES_OF);
  if (over === -1) return null;
  const days = stream.at(over);
  if (days?.kind !== 'number' || !isDayRange(days.value, days.value) || !stream.isWord(over + 1, ['dagar', 'days'])) return null;
  return { value: days.value, next: over + 2 };
}

const CYCLE_INTERVAL_NOUNS = ['cykelintervall', 'cykellängd', 'kurintervall', 'behandlingsintervall'];
const DAYS_UNIT = ['dagar', 'dygn', 'd', 'days'];
const WEEKS_UNIT = ['veckor', 'vecka', 'v', 'weeks'];

/**
 * A cycle length written as a noun and a number of days or weeks, which is also the interval
 * between cycles: `cykelintervall 21 dagar`, `cykellängd 7 d`, `kurintervall 3 veckor`.
 */
export function readCycleInterval(stream: TokenStream, at: number): Match<number> | null {
  if (!stream.isWord(at, CYCLE_INTERVAL_NOUNS)) return null;
  const from = stream.isPunct(at + 1, ':') ? at + 2 : at + 1;
  const count = stream.at(from);
  if (count?.kind !== 'number' || !Number.isInteger(count.value)) return null;
  const days = stream.isWord(from + 1, DAYS_UNIT) ? count.value : stream.isWord(from + 1, WEEKS_UNIT) ? count.value * 7 : null;
  if (days === null || !isDayRange(days, days)) return null;
  return { value: days, next: from + 2 };
}
