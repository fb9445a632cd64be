import { formatRange } from '../format/format-number.js';
import type { TokenStream } from '../grammar/token-stream.js';
import type { Draft } from './draft.js';
import type { ElementOf } from './mention.js';

/** Nouns for the dose of a day, which name the amount right after them (see `readPer`). */
export const DAILY_DOSE_NOUNS = ['dygnsdos', 'dygnsdosen', 'dagsdos'];

/**
 * `Morfin 10 mg x 6, dygnsdos 60 mg`: an amount after a noun for the day's dose, against the dose
 * `last` before it with times per day. `matches` when it is that dose's day total (amount × times
 * per day), which is no second dose; `expected` is that total as text (`60 mg`). Null when there
 * is no such pair.
 */
export function dailyTotalOf(
  last: Draft | null,
  schedule: ElementOf<'schedule'> | null,
  element: ElementOf<'amount'>,
  stream: TokenStream,
): { matches: boolean; expected: string } | null {
  if (last === null || schedule === null || schedule.next !== element.first || !stream.isWord(schedule.first, DAILY_DOSE_NOUNS)) return null;
  const { amount, unit, timesPerDay } = last.dose;
  if (amount === null || timesPerDay === null || unit !== element.amount.unit) return null;
  const total = element.amount.amount;
  const expected = { low: amount.low * timesPerDay.low, high: amount.high * timesPerDay.high };
  return { matches: total.low === expected.low && total.high === expected.high, expected: `${formatRange(expected)} ${unit}` };
}
