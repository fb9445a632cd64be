import { formatRange } from '../format/format-number.js';
import { readSchedule } from '../grammar/read-schedule.js';
import type { TokenStream } from '../grammar/token-stream.js';
import type { Draft } from './draft.js';
import type { ElementOf } from './mention.js';

/** Nouns for the dose of a day, which name the amount right after them (see `readPer`). */
export const DAILY_DOSE_NOUNS = ['dygnsdos', 'dygnsdosen', 'dagsdos'];
/** Nouns for the dose of a day or a week, which name the amount right after them (`Veckodos 15–25 mg`). */
export const PERIOD_DOSE_NOUNS = [...DAILY_DOSE_NOUNS, 'veckodos', 'veckodosen'];

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
): { matches: boolean; expected: string; first: number } | null {
  if (last === null) return null;
  const nounFirst =
    schedule !== null && schedule.next === element.first && stream.isWord(schedule.first, DAILY_DOSE_NOUNS) ? schedule.first : phraseBefore(stream, element.first, element);
  if (nounFirst === -1) return null;
  const { amount, unit, timesPerDay, intervalDays } = last.dose;
  // `dagligen (dygnsdos 2,5 mg)`: once a day when no times per day are stated.
  const times = timesPerDay ?? (intervalDays?.low === 1 && intervalDays.high === 1 ? { low: 1, high: 1 } : null);
  if (amount === null || times === null || unit !== element.amount.unit) return null;
  const total = element.amount.amount;
  const expected = { low: amount.low * times.low, high: amount.high * times.high };
  return { matches: total.low === expected.low && total.high === expected.high, expected: `${formatRange(expected)} ${unit}`, first: nounFirst };
}

/** Phrases for the dose of a day written in words (`total daglig dos 600 mg`), read as `DAILY_DOSE_NOUNS` are. */
const DAILY_DOSE_PHRASES = [
  ['daglig', 'dos'], ['dagliga', 'dosen'], ['total', 'daglig', 'dos'], ['totala', 'dagliga', 'dosen'], ['total', 'dygnsdos'],
  ['totala', 'dygnsdosen'], ['total', 'dos', 'per', 'dygn'], ['daily', 'dose'], ['total', 'daily', 'dose'],
  ...DAILY_DOSE_NOUNS.map((noun) => [noun]),
];

/** Words that make an amount per day a total (`(totalt 600 mg per dag)`, `sammanlagt 8 mg/dygn`). */
const TOTAL_WORDS = ['totalt', 'sammanlagt', 'total'];

/**
 * Where a daily-dose phrase ending right before `at` (an optional colon between) starts, or -1;
 * also a total word before an amount per day (`totalt 600 mg per dag`).
 */
function phraseBefore(stream: TokenStream, at: number, element: ElementOf<'amount'>): number {
  const perDay = element.amount.intervalDays ?? readSchedule(stream, element.next)?.value;
  const daily = perDay !== undefined && perDay.low === 1 && perDay.high === 1;
  if (stream.isWord(at - 1, TOTAL_WORDS) && daily) return at - 1;
  // `total daglig dos: 600 mg`, `en total daglig dos på 2500 mg/m2`
  const end = stream.isPunct(at - 1, ':') || stream.isWord(at - 1, ['på', 'om']) ? at - 1 : at;
  for (const phrase of DAILY_DOSE_PHRASES) {
    const first = end - phrase.length;
    if (first >= 0 && stream.phrase(first, [phrase]) === end) return first;
  }
  return -1;
}
