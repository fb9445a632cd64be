import type { OpenRange } from '../dose-types.js';
import type { Element } from '../grammar/scan-elements.js';
import type { TokenStream } from '../grammar/token-stream.js';
import type { Draft } from './draft.js';
import type { ElementOf, Mention } from './mention.js';

/** Trailing modifiers attach to a statement only when at most this many tokens stand between. */
export const MODIFIER_GAP = 3;
/** `4 mg i 100 ml NaCl`, `… eller Glukos`: a diluent this close after a dose (or the diluent before) is the dose's. */
export const DILUENT_GAP = 4;
/** The strength after a diluent's name (`NaCl 9 mg/ml`, `Glukos 5 %`), after its number. */
export const DILUENT_STRENGTHS = [['mg', '/', 'ml'], ['g', '/', 'l'], ['%']];
/** `karboplatin (AUC 5)`: an AUC is a dose only right after its drug, */
const AUC_GAP = 2;

/**
 * …or anywhere later in the clause when the lexicon says the drug is dosed by AUC
 * (`karboplatin doseras till mål-AUC 4`, a regimen table's `5 x(GFR + 25) mg`).
 */
export function aucReaches(mention: Mention, element: ElementOf<'amount'>): boolean {
  if (element.first - mention.next <= AUC_GAP) return true;
  return mention.entry.kind === 'drug' && mention.entry.doseKinds.some((fact) => fact.kind === 'auc');
}

/** `sju cykler KarPak`, `six cycles of KarPak`: a count of cycles just before a name. */
export const CYCLES_BEFORE_NAME_GAP = 2;

/** Elements that only count as read when a statement took them in (a schedule left beside a dose was not read). */
export const MODIFIERS: ReadonlySet<Element['kind']> = new Set([
  'schedule', 'pause', 'cycles', 'times', 'duration', 'course-length', 'min-course-length', 'route', 'cycle-days', 'restart', 'cycle-length', 'hour-gap',
]);

/** A conversion (`motsvarar`) takes in the amounts this many tokens before and after it. */
export const CONVERSION_REACH = 3;

/** Above this, `x N` right after an amount is a number of cycles; up to it, doses per day. */
const MOST_TIMES_PER_DAY = 3;
/** An interval at least this long is between cycles, and a count after it counts cycles. */
const DAYS_IN_WEEK = 7;
/** After a flat amount (`1 g x 4`, `2,5–5 mg x 4–6`), up to this many are doses per day. */
const MOST_TIMES_PER_DAY_FLAT = 6;

/**
 * `8 mg x 2`, `1000 mg/m² p.o. x2`, `1 g x 4`, `Morfin 2,5–5 mg x1–6 sc`: how many times a day,
 * never a number of cycles. Up to 3 after any amount; up to 6 after a flat amount, which
 * analgesics, antiemetics and sedatives are given in several times a day; and any range from 1
 * (`x 1–6`: as often as needed, up to six times), which no count of cycles starts at; up to 6
 * after any amount of a drug the lexicon knows is not anticancer (`Paracetamol 15 mg/kg x 4`). Above that
 * after a mass per m², per kg or a target AUC it is a number of cycles; so is any count after an
 * interval of a week or more (`var 3:e vecka x 4`).
 */
export function isTimesPerDay(draft: Draft, count: OpenRange): boolean {
  const { amount, unit, intervalDays } = draft.dose;
  if (amount === null || unit === 'Gy' || count.high === null) return false;
  // `100 mg/m2 dag 1 q3w x 3`: after an interval of a week or more, a count is of cycles.
  if (intervalDays !== null && intervalDays.low >= DAYS_IN_WEEK) return false;
  if (count.high <= MOST_TIMES_PER_DAY || (count.low === 1 && count.high > 1)) return true;
  // `Paracetamol 15 mg/kg x 4`: a drug known not to be anticancer is given in no cycles.
  const role = draft.drugEntry?.role;
  const noCycles = draft.drugEntry !== null && role !== 'antineoplastic' && role !== 'endocrine';
  return (unit === 'mg' || noCycles) && count.high <= MOST_TIMES_PER_DAY_FLAT;
}

/** `två gånger dagligen` (read by the schedule grammar as an interval of 0.5 days): how many times a day. */
export function timesPerDayOf(schedule: Pick<ElementOf<'schedule'>, 'intervalDays'>): { low: number; high: number } {
  return { low: Math.round(1 / schedule.intervalDays.high), high: Math.round(1 / schedule.intervalDays.low) };
}

/**
 * `max 2 gånger per dygn`, `högst 3 ggr dagligen`: after a bare maximum a times-per-day schedule
 * caps how often an as-needed dose may be given; it is neither the dose's interval nor its times
 * per day.
 */
export function isFrequencyCap(stream: TokenStream, schedule: { first: number }): boolean {
  return (
    stream.isWord(schedule.first - 1, ['max', 'maximalt', 'högst', 'maximum', 'tidigast']) ||
    stream.phrase(schedule.first - 2, [['upp', 'till'], ['max', '.'], ['up', 'to']]) === schedule.first
  );
}

/**
 * `2 doser/dygn med 12 timmars intervall`: the gap in hours between the doses of a day fits the
 * times per day already read (24 / hours of them); it is then part of the schedule, and adds no
 * interval in days.
 */
export function hourGapFits(draft: Draft, hours: number): boolean {
  const times = draft.dose.timesPerDay;
  return times !== null && hours > 0 && times.low <= 24 / hours && 24 / hours <= times.high;
}
