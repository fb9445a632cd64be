import type { TokenStream } from '../grammar/token-stream.js';
import { timesPerDayOf } from './assembler-rules.js';
import { extendDraft, type Draft } from './draft.js';
import type { ElementOf } from './mention.js';
import { combinationOf, shareField, shareModifier } from './shared-modifiers.js';

/** How schedule elements after a statement (`near`) fill its fields; `drafts` are all statements so far. */

/**
 * `1000 mg/m² två gånger dagligen`, `bid`: the interval stays as written (0.5 days, which
 * `formatDose` writes back the same way), and the times per day are stated as well.
 */
export function attachTimesPerDay(drafts: readonly Draft[], near: Draft, element: ElementOf<'schedule'>, stream: TokenStream): void {
  shareModifier(drafts, near, element, 'timesPerDay', timesPerDayOf(element), stream);
  shareModifier(drafts, near, element, 'intervalDays', element.intervalDays, stream);
}

/** `Trastuzumab 600 mg sc och pertuzumab 420 mg iv dag 1`: days of the cycle are the whole combination's. */
export function attachCycleDays(drafts: readonly Draft[], near: Draft, element: ElementOf<'cycle-days'>): void {
  if (near.dose.days !== null) return;
  shareField(combinationOf(drafts, near), 'days', element.days);
  extendDraft(near, element.next);
}

/**
 * `ny kur dag 22`, `cykelintervall 21 dagar`: the cycle length and the interval between cycles.
 * With days of a cycle (`x 2 /dag dag 1–14, cykelintervall 21 dagar`) the interval is the cycle's,
 * not the daily one.
 */
export function attachRestart(drafts: readonly Draft[], near: Draft, element: ElementOf<'restart'>, stream: TokenStream): void {
  shareModifier(drafts, near, element, 'cycleLengthDays', element.cycleLengthDays, stream);
  if (near.dose.days !== null && near.dose.intervalDays !== null && near.dose.intervalDays.high <= 1) near.dose.intervalDays = null;
  shareModifier(drafts, near, element, 'intervalDays', { low: element.cycleLengthDays, high: element.cycleLengthDays }, stream);
}
