import type { TokenStream } from '../grammar/token-stream.js';
import { timesPerDayOf } from './assembler-rules.js';
import { extendDraft, type Draft } from './draft.js';
import type { ElementOf } from './mention.js';
import { combinationOf, shareField, shareModifier } from './shared-modifiers.js';

/** How schedule elements after a statement (`near`) fill its fields; `drafts` are all statements so far. */

/** A dose given on every day: the interval of a dose given several times a day. */
const EVERY_DAY = { low: 1, high: 1 };

/**
 * `1000 mg/m² två gånger dagligen`, `1x2`, `2 doser/dygn`: given every day (`intervalDays` 1,
 * the days between the days of administration) and `timesPerDay` 2, the same shape as
 * `x 2 dagligen`; never an interval of half a day, so that one schedule has one shape and a
 * cycle interval written later (`dag 1–14 var 3:e vecka`) can still replace the daily one.
 */
export function attachTimesPerDay(
  drafts: readonly Draft[],
  near: Draft,
  element: Pick<ElementOf<'schedule'>, 'first' | 'next' | 'intervalDays'>,
  stream: TokenStream,
): void {
  const times = timesPerDayOf(element);
  // `två gånger dagligen (morgon och kväll)`: the same times said again are part of the dose's phrase.
  if (near.dose.timesPerDay?.low === times.low && near.dose.timesPerDay.high === times.high) return extendDraft(near, element.next);
  shareModifier(drafts, near, element, 'timesPerDay', times, stream);
  shareModifier(drafts, near, element, 'intervalDays', EVERY_DAY, stream);
}

/** The shortest interval that is a cycle's (`veckovis`, `var 3:e vecka`) rather than a drug's own rhythm (`dagligen`). */
export const SHORTEST_CYCLE = 7;

/**
 * `x 2 dagligen dag 1–14 var 3:e vecka`: with days of a cycle, an interval of more than a day
 * written after a daily one is the cycle's, which the statement keeps (as `ny kur dag 22` does).
 * An interval of a week or more is the combination's, like days of the cycle (`karboplatin AUC 5
 * och paklitaxel 175 mg/m2 var tredje vecka`); a shorter one only the statement's it follows
 * unless set off by a comma (`pembrolizumab 200 mg + lenvatinib 20 mg dagligen`). A daily dose
 * for a number of days before such an interval is given on days 1 to that number of each cycle
 * (`dagligen i 5 dagar var 28:e dag`).
 */
export function attachCycleInterval(drafts: readonly Draft[], near: Draft, element: ElementOf<'schedule'>, stream: TokenStream): void {
  if (daysOutlast(near, element.intervalDays.low)) return;
  const daily = near.dose.intervalDays;
  if (element.intervalDays.low >= SHORTEST_CYCLE) courseDaysOfCycle(near, element.intervalDays.low);
  // `Dabrafenib 150 mg x 2 och trametinib 2 mg x 1 dagligen`: every day for each dose of the combination given so many times a day.
  if (element.intervalDays.low === 1 && element.intervalDays.high === 1 && near.dose.timesPerDay !== null && near.dose.intervalDays === null) {
    for (const draft of combinationOf(drafts, near, stream)) if (draft !== near && draft.dose.timesPerDay !== null && draft.dose.intervalDays === null) draft.dose.intervalDays = EVERY_DAY;
  }
  // `x 2 dag 1–14 var 3:e vecka`, `veckovis dag 1, 8 och 15 var 28:e dag`: with days of a cycle, the rhythm within it gives way to the cycle's.
  const withinCycle = daily !== null && (daily.high <= 1 || (element.intervalDays.low >= SHORTEST_CYCLE && daily.high < element.intervalDays.low));
  if (near.dose.days !== null && withinCycle && element.intervalDays.low > 1) near.dose.intervalDays = null;
  shareModifier(drafts, near, element, 'intervalDays', element.intervalDays, stream, element.intervalDays.low >= SHORTEST_CYCLE);
}

/**
 * `dagligen i 5 dagar var 28:e dag`, `dagligen under de första 5 dagarna i en 28-dagarscykel`: a dose
 * taken daily for fewer days than the cycle is given on days 1 to that number of each cycle, not
 * in a single course of that many days.
 */
function courseDaysOfCycle(near: Draft, cycleDays: number): void {
  const length = dailyCourseLength(near);
  if (near.dose.days !== null || length === null || length >= cycleDays) return;
  giveCourseItsDays(near, 1, length);
  near.dose.intervalDays = null;
}

/** The number of days of a dose taken daily for whole days (`dagligen i 5 dagar`), or null. */
function dailyCourseLength(near: Draft): number | null {
  const { intervalDays: daily, maxDuration: course } = near.dose;
  return daily !== null && daily.high <= 1 && course?.unit === 'd' && Number.isInteger(course.value) ? course.value : null;
}

/** A daily course of `length` days given as those days of the cycle from `start`, in place of its length. */
function giveCourseItsDays(near: Draft, start: number, length: number): void {
  near.dose.days = Array.from({ length }, (_, index) => start + index);
  near.dose.maxDuration = null;
}

/**
 * `Fulvestrant 500 mg dag 1, 15 och 29, därefter en gång i månaden`: a day of the cycle after the
 * cycle's end means the interval is a later phase's (maintenance after loading doses), not this
 * schedule's cycle. It is left unread, so it is reported, rather than published as a cycle that
 * cannot hold its own days.
 */
function daysOutlast(near: Draft, cycleDays: number): boolean {
  const days = near.dose.days;
  return days !== null && cycleDays > 1 && days.some((day) => day > cycleDays);
}

/** `Trastuzumab 600 mg sc och pertuzumab 420 mg iv dag 1`, `A, B och C dag 1 och 8`: days of the cycle are the whole combination's. */
export function attachCycleDays(drafts: readonly Draft[], near: Draft, element: ElementOf<'cycle-days'>, stream: TokenStream): void {
  if (near.dose.days !== null) return;
  if (saysStartDay(stream, element.first)) return attachStartDay(near, element);
  shareField(combinationOf(drafts, near, stream), 'days', element.days);
  extendDraft(near, element.next);
}

/** `med start dag 1`, `med början på dag 8`, `starting on day 1`: the day a course starts, not the day of a single dose. */
function saysStartDay(stream: TokenStream, days: number): boolean {
  const before = stream.isWord(days - 1, ['på', 'on']) ? days - 2 : days - 1;
  return stream.isWord(before, ['start', 'starten', 'början', 'starting', 'beginning']);
}

/**
 * `dagligen i fem på varandra följande dagar med start dag 1`: a daily course of so many days from
 * that day is given on those days. Without a course of days the start says nothing about the other
 * days, so it is left unread (and reported).
 */
function attachStartDay(near: Draft, element: ElementOf<'cycle-days'>): void {
  const length = dailyCourseLength(near);
  const start = element.days[0];
  if (element.days.length !== 1 || start === undefined || length === null) return;
  giveCourseItsDays(near, start, length);
  extendDraft(near, element.next);
}

/**
 * `ny kur dag 22`, `cykelintervall 21 dagar`, `dag 1–5 i 28-dagarscykel`: the cycle length and
 * the interval between cycles.
 * With days of a cycle (`x 2 /dag dag 1–14, cykelintervall 21 dagar`, `veckovis dag 1, 8 och 15 i en
 * 28-dagarscykel`) the interval is the cycle's, not the daily or weekly one.
 */
export function attachRestart(drafts: readonly Draft[], near: Draft, element: ElementOf<'restart' | 'cycle-length'>, stream: TokenStream): void {
  if (daysOutlast(near, element.cycleLengthDays)) return;
  // `dagligen i 21 dagar följt av 7 dagars uppehåll, vilket utgör en cykel på 28 dagar`: the pause's
  // period said again is read; another length is left unread, and so reported.
  const pause = near.dose.pause;
  if (pause !== null) {
    if (pause.periodDays === element.cycleLengthDays) extendDraft(near, element.next);
    return;
  }
  courseDaysOfCycle(near, element.cycleLengthDays);
  shareModifier(drafts, near, element, 'cycleLengthDays', element.cycleLengthDays, stream);
  // `veckovis dag 1, 8 och 15 i en 28-dagarscykel`: the rhythm within the cycle gives way to the cycle's interval, as the days say it.
  if (near.dose.days !== null && near.dose.intervalDays !== null && near.dose.intervalDays.high < element.cycleLengthDays) near.dose.intervalDays = null;
  shareModifier(drafts, near, element, 'intervalDays', { low: element.cycleLengthDays, high: element.cycleLengthDays }, stream);
}

/**
 * `Tamoxifen 20 mg dagligen i 5 år`: a duration right after a statement with an interval, times
 * per day or days of a cycle is the length of its treatment.
 */
export function attachCourseLength(drafts: readonly Draft[], near: Draft, element: ElementOf<'course-length'>): void {
  const dose = near.dose;
  if (dose.maxDuration !== null || (dose.intervalDays === null && dose.timesPerDay === null && dose.days === null)) return;
  shareDuration(drafts, near, element.duration);
  extendDraft(near, element.next);
}

/**
 * Sets a treatment's length or maximum on `near` and on the alternative amounts of its drug
 * written before it (`Pembrolizumab 200 mg var 3:e vecka eller 400 mg var 6:e vecka i upp till 2 år`:
 * two years either way). Another drug's dose before it keeps its own (`… + lenvatinib 20 mg
 * dagligen i upp till 2 år` says nothing about how long the first drug is given).
 */
export function shareDuration(drafts: readonly Draft[], near: Draft, duration: NonNullable<Draft['dose']['maxDuration']>): void {
  near.dose.maxDuration ??= duration;
  for (let index = drafts.lastIndexOf(near); index > 0; index--) {
    const later = drafts[index];
    const earlier = drafts[index - 1];
    if (later === undefined || earlier === undefined || earlier.sentence !== later.sentence) return;
    if (later.dose.link !== 'or' || later.dose.drug === null || later.dose.drug !== earlier.dose.drug || earlier.dose.maxDuration !== null) return;
    earlier.dose.maxDuration = duration;
  }
}
