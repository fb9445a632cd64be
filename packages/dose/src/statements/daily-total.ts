import { formatRange } from '../format/format-number.js';
import { DAILY_DOSE_NOUNS, WEEKLY_DOSE_NOUNS, readSchedule } from '../grammar/read-schedule.js';
import type { TokenStream } from '../grammar/token-stream.js';
import type { Draft } from './draft.js';
import type { ElementOf } from './mention.js';

/** Nouns for the dose of a day or a week, which name the amount right after them (see `readPer`). */
export const PERIOD_DOSE_NOUNS = [...DAILY_DOSE_NOUNS, ...WEEKLY_DOSE_NOUNS];
const DAYS_PER_WEEK = 7;

/**
 * `Morfin 10 mg x 6, dygnsdos 60 mg`, `Metotrexat 15 mg en gång i veckan, veckodos 15 mg`: an
 * amount after a noun for the day's or the week's dose, against the dose `last` before it with
 * times per day or an interval. `matches` when it is that dose's total for the period (amount ×
 * administrations in it), which is no second dose; `expected` is that total as text (`60 mg`).
 * Null when there is no such pair.
 */
export function dailyTotalOf(
  last: Draft | null,
  schedule: ElementOf<'schedule'> | null,
  element: ElementOf<'amount'>,
  stream: TokenStream,
): { matches: boolean; expected: string; first: number; period: 'day' | 'week' } | null {
  if (last === null) return null;
  const named = schedule !== null && schedule.next === element.first ? schedule.first : -1;
  const period = named !== -1 && stream.isWord(named, WEEKLY_DOSE_NOUNS) ? 'week' : 'day';
  const nounFirst = named !== -1 && stream.isWord(named, period === 'week' ? WEEKLY_DOSE_NOUNS : DAILY_DOSE_NOUNS) ? named : phraseBefore(stream, element.first, element);
  if (nounFirst === -1) return null;
  const { amount, unit } = last.dose;
  const times = period === 'week' ? timesPerWeek(last) : timesPerDayOf(last);
  if (amount === null || times === null || unit !== element.amount.unit) return null;
  const total = element.amount.amount;
  const expected = { low: amount.low * times.low, high: amount.high * times.high };
  return { matches: total.low === expected.low && total.high === expected.high, expected: `${formatRange(expected)} ${unit}`, first: nounFirst, period };
}

/** Times a day; `dagligen (dygnsdos 2,5 mg)`: once a day when no times per day are stated. */
function timesPerDayOf(last: Draft): { low: number; high: number } | null {
  const { timesPerDay, intervalDays } = last.dose;
  return timesPerDay ?? (intervalDays?.low === 1 && intervalDays.high === 1 ? { low: 1, high: 1 } : null);
}

/** Times a week, from an interval of a day or more (and the times on each such day); null without one. */
function timesPerWeek(last: Draft): { low: number; high: number } | null {
  const { timesPerDay, intervalDays } = last.dose;
  if (intervalDays === null || intervalDays.low < 1 || intervalDays.low !== intervalDays.high) return null;
  const perDay = timesPerDay ?? { low: 1, high: 1 };
  const days = DAYS_PER_WEEK / intervalDays.low;
  return { low: perDay.low * days, high: perDay.high * days };
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
