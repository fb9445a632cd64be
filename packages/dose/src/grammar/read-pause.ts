import type { SchedulePause } from '../dose-types.js';
import { readCount } from './read-range.js';
import { readOrdinal } from './read-schedule.js';
import type { Match, TokenStream } from './token-stream.js';

const WEEK = ['vecka', 'veckan', 'week'];
const PAUSE_WORDS = [
  ['med', 'paus'],
  ['med', 'uppehåll'],
  ['paus'],
  ['uppehåll'],
  ['with', 'a', 'break'],
  ['with', 'a', 'pause'],
  ['with', 'a', 'rest'],
  ['with', 'a', 'one', '-', 'week', 'break'],
  ['break'],
  ['pause'],
];

/**
 * A recurring week off: `med paus var fjärde vecka`, `paus var 4:e vecka`,
 * `with a break every fourth week` (period 28 days, 7 off), or `3 weeks on, 1 week off`.
 */
export function readPause(stream: TokenStream, at: number): Match<SchedulePause> | null {
  const pause = stream.phrase(at, PAUSE_WORDS);
  if (pause !== -1 && stream.isWord(pause, ['var', 'varje', 'every'])) {
    const ordinal = readOrdinal(stream, pause + 1);
    if (ordinal !== null && ordinal.value >= 2 && stream.isWord(ordinal.next, WEEK)) {
      return { value: { periodDays: ordinal.value * 7, offDays: 7 }, next: ordinal.next + 1 };
    }
  }
  return readOnOff(stream, at);
}

/** `3 weeks on, 1 week off`, `3 weeks on and 1 week off`. */
function readOnOff(stream: TokenStream, at: number): Match<SchedulePause> | null {
  const on = readCount(stream, at);
  if (on === null || !stream.isWord(on.next, ['weeks', 'week']) || !stream.isWord(on.next + 1, ['on'])) return null;
  let next = on.next + 2;
  if (stream.isPunct(next, ',') || stream.isWord(next, ['and'])) next++;
  const off = readCount(stream, next);
  if (off === null || !stream.isWord(off.next, ['weeks', 'week']) || !stream.isWord(off.next + 1, ['off'])) return null;
  const onWeeks = on.value.low;
  const offWeeks = off.value.low;
  return { value: { periodDays: (onWeeks + offWeeks) * 7, offDays: offWeeks * 7 }, next: off.next + 2 };
}
