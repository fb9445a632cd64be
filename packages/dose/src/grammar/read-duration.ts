import type { Duration } from '../dose-types.js';
import { readCount } from './read-range.js';
import type { Match, TokenStream } from './token-stream.js';

const AT_MOST = [
  ['maximalt'],
  ['högst'],
  ['max'],
  ['längst'],
  ['upp', 'till'],
  ['som', 'mest'],
  ['up', 'to'],
  ['maximum'],
  ['a', 'maximum', 'of'],
  ['maximum', 'of'],
  ['at', 'most'],
  ['no', 'more', 'than'],
];

/** UCUM time units with their length in days (UCUM's Julian year and mean month). */
const TIME_UNITS: ReadonlyMap<string, { unit: Duration['unit']; days: number; months?: number }> = new Map([
  ['år', { unit: 'a', days: 365.25 }],
  ['year', { unit: 'a', days: 365.25 }],
  ['years', { unit: 'a', days: 365.25 }],
  ['månad', { unit: 'mo', days: 30.4375 }],
  ['månader', { unit: 'mo', days: 30.4375 }],
  ['month', { unit: 'mo', days: 30.4375 }],
  ['months', { unit: 'mo', days: 30.4375 }],
  ['vecka', { unit: 'wk', days: 7 }],
  ['veckor', { unit: 'wk', days: 7 }],
  ['week', { unit: 'wk', days: 7 }],
  ['weeks', { unit: 'wk', days: 7 }],
  ['dag', { unit: 'd', days: 1 }],
  ['dagar', { unit: 'd', days: 1 }],
  ['dagarna', { unit: 'd', days: 1 }],
  ['veckorna', { unit: 'wk', days: 7 }],
  ['day', { unit: 'd', days: 1 }],
  // `under ett halvår`: six months.
  ['halvår', { unit: 'mo', days: 182.625, months: 6 }],
  ['days', { unit: 'd', days: 1 }],
]);

/**
 * A maximum treatment duration: `maximalt 2 år`, `högst 24 månader`, `upp till 2 år`,
 * `for up to 2 years`. A plain duration (`i 6 månader`, `6 månader sedan`) is another element
 * (`readCourseLength`): only right after a schedule is it the length of the treatment.
 */
export function readMaxDuration(stream: TokenStream, at: number): Match<Duration> | null {
  const atMost = stream.phrase(at, AT_MOST);
  if (atMost === -1) return null;
  return durationAt(stream, atMost);
}

const FOR = [
  ['i'], ['under'], ['for'], ['during'],
  // `totalt 6 månader`, `i totalt 12 veckor`: the whole treatment's length, said as a total.
  ['totalt'], ['i', 'totalt'], ['under', 'totalt'], ['in', 'total'], ['for', 'a', 'total', 'of'],
  ['sammanlagt'], ['i', 'sammanlagt'], ['under', 'sammanlagt'],
  // `under de första 5 dagarna`: the first days of a cycle, when a cycle follows.
  ['under', 'de', 'första'], ['i', 'de', 'första'], ['for', 'the', 'first'], ['during', 'the', 'first'],
];

/**
 * `i 5 år`, `under 6 veckor`, `i fem år`, `totalt 6 månader`, `for 3 days`: how long something lasts. The statement
 * takes it as its treatment's length only right after its schedule (`Tamoxifen 20 mg dagligen i
 * 5 år`); elsewhere (`efter i median 16 månader`) it is left alone.
 */
export function readCourseLength(stream: TokenStream, at: number): Match<Duration> | null {
  const start = stream.phrase(at, FOR);
  return start === -1 ? null : durationAt(stream, start);
}

const AT_LEAST_FOR = [
  ['i', 'minst'], ['under', 'minst'], ['i', 'åtminstone'], ['under', 'åtminstone'], ['for', 'at', 'least'],
];

/**
 * `i minst 5 år`, `under minst 2 år`, `for at least 5 years`: the shortest a treatment goes on.
 * No dose field holds a minimum length, so the statement reports it rather than drop it. Without
 * `i`/`under` (`minst 18 år`) it is an age or another threshold, not a length.
 */
export function readMinCourseLength(stream: TokenStream, at: number): Match<Duration> | null {
  const start = stream.phrase(at, AT_LEAST_FOR);
  return start === -1 ? null : durationAt(stream, start);
}

const IN_A_ROW = [['på', 'varandra', 'följande'], ['efter', 'varandra', 'följande'], ['konsekutiva'], ['consecutive']];

/** A count and a unit of time at `at`: `5 år`, `24 månader`, `tre veckor`. */
function durationAt(stream: TokenStream, at: number): Match<Duration> | null {
  const count = readCount(stream, at);
  if (count === null) return null;
  // `fem på varandra följande dagar`, `5 consecutive days`: days in a row, which a course of days is.
  const inARow = stream.phrase(count.next, IN_A_ROW);
  const unitAt = inARow === -1 ? count.next : inARow;
  const unitToken = stream.at(unitAt);
  const unit = unitToken?.kind === 'word' ? TIME_UNITS.get(unitToken.lower) : undefined;
  if (unit === undefined) return null;
  const value = count.value.high;
  return { value: { value: value * (unit.months ?? 1), unit: unit.unit, days: value * unit.days }, next: unitAt + 1 };
}
