import type { OpenRange } from '../dose-types.js';
import type { Element } from '../grammar/scan-elements.js';
import type { Draft } from './draft.js';
import type { ElementOf, Mention } from './mention.js';

/** Trailing modifiers attach to a statement only when at most this many tokens stand between. */
export const MODIFIER_GAP = 3;
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
  'schedule', 'pause', 'cycles', 'times', 'duration', 'route', 'cycle-days', 'restart', 'cycle-length',
]);

/** A conversion (`motsvarar`) takes in the amounts this many tokens before and after it. */
export const CONVERSION_REACH = 3;

/** Above this, `x N` right after an amount is a number of cycles; up to it, doses per day. */
const MOST_TIMES_PER_DAY = 3;

/** `8 mg x 2`, `1000 mg/m² p.o. x2`: how many times a day, never a number of cycles. */
export function isTimesPerDay(draft: Draft, count: OpenRange): boolean {
  return draft.dose.amount !== null && draft.dose.unit !== 'Gy' && count.high !== null && count.high <= MOST_TIMES_PER_DAY;
}

/** `två gånger dagligen` (read by the schedule grammar as an interval of 0.5 days): how many times a day. */
export function timesPerDayOf(schedule: ElementOf<'schedule'>): { low: number; high: number } {
  return { low: Math.round(1 / schedule.intervalDays.high), high: Math.round(1 / schedule.intervalDays.low) };
}
