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
 * `with a break every fourth week` (period 28 days, 7 off), `3 weeks on, 1 week off`,
 * `i 3 veckor följt av 1 vecka utan behandling`, or `i 3 veckor av 4`.
 */
export function readPause(stream: TokenStream, at: number): Match<SchedulePause> | null {
  // No form starts with a mark: one look saves every phrase on punctuation-heavy text.
  if (stream.at(at)?.kind === 'punct') return null;
  const pause = stream.phrase(at, PAUSE_WORDS);
  if (pause !== -1 && stream.isWord(pause, ['var', 'varje', 'every'])) {
    const ordinal = readOrdinal(stream, pause + 1);
    if (ordinal !== null && ordinal.value >= 2 && stream.isWord(ordinal.next, WEEK)) {
      return { value: { periodDays: ordinal.value * 7, offDays: 7 }, next: ordinal.next + 1 };
    }
  }
  return readOnOff(stream, at) ?? readFollowedByOff(stream, at) ?? readWeeksOutOf(stream, at);
}

/** `i 3 veckor av 4`, `3 veckor av 4`: weeks on out of a period of weeks (period 28 days, 7 off). */
function readWeeksOutOf(stream: TokenStream, at: number): Match<SchedulePause> | null {
  const start = stream.isWord(at, ['i', 'under']) ? at + 1 : at;
  const on = readCount(stream, start);
  const of = on === null || !stream.isWord(on.next, ['veckor', 'weeks']) ? -1 : stream.phrase(on.next + 1, [['av'], ['out', 'of']]);
  if (on === null || of === -1 || on.value.low !== on.value.high) return null;
  const period = readCount(stream, of);
  if (period === null || period.value.low !== period.value.high || period.value.low <= on.value.low) return null;
  return { value: { periodDays: period.value.low * 7, offDays: (period.value.low - on.value.low) * 7 }, next: period.next };
}

/** Days per unit of an on or off period: `14 dagar`, `3 veckor`, `1 veckas`. */
const PERIOD_UNITS: ReadonlyMap<string, number> = new Map([
  ['dag', 1], ['dagar', 1], ['dagars', 1], ['vecka', 7], ['veckor', 7], ['veckas', 7], ['veckors', 7],
]);
const OFF_WORDS = [
  ['utan', 'behandling'], ['uppehåll'], ['behandlingsuppehåll'], ['paus'], ['vila'], ['behandlingsvila'],
  ['behandlingsfritt', 'intervall'], ['behandlingsfritt'], ['behandlingsfri', 'period'],
];
/** Words that say the days on follow each other: `21 dagar i följd`, `21 på varandra följande dagar`. */
const IN_A_ROW_AFTER = [['i', 'följd'], ['i', 'rad'], ['efter', 'varandra']];
const IN_A_ROW_BEFORE = [['på', 'varandra', 'följande'], ['sammanhängande']];

/** What joins the days on to the days off. */
const THEN = [['följt', 'av'], [',', 'följt', 'av'], ['därefter'], [',', 'därefter'], ['och', 'därefter'], [',', 'sedan'], ['och', 'sedan']];

/**
 * `i 3 veckor följt av 1 vecka utan behandling`, `i 21 dagar, därefter 7 dagars paus`, `under 21 på
 * varandra följande dagar följt av 7 dagars behandlingsfritt intervall`: days on, then days off,
 * repeated (period 28 and 21 days, 7 off).
 */
function readFollowedByOff(stream: TokenStream, at: number): Match<SchedulePause> | null {
  const start = stream.isWord(at, ['i', 'under']) ? at + 1 : at;
  const on = readPeriod(stream, start, true);
  const then = on === null ? -1 : stream.phrase(on.next, THEN);
  if (on === null || then === -1) return null;
  const off = readPeriod(stream, then);
  if (off === null) return null;
  const end = stream.phrase(off.next, OFF_WORDS);
  if (end === -1) return null;
  return { value: { periodDays: on.value + off.value, offDays: off.value }, next: end };
}

/** A whole number of days or weeks, in days; with `inARow`, also `21 på varandra följande dagar`, `21 dagar i följd`. */
function readPeriod(stream: TokenStream, at: number, inARow = false): Match<number> | null {
  const count = readCount(stream, at);
  if (count === null) return null;
  const before = inARow ? stream.phrase(count.next, IN_A_ROW_BEFORE) : -1;
  const unitAt = before === -1 ? count.next : before;
  const unit = stream.at(unitAt);
  const days = unit?.kind === 'word' ? PERIOD_UNITS.get(unit.lower) : undefined;
  if (days === undefined || count.value.low !== count.value.high || !Number.isInteger(count.value.low)) return null;
  const after = inARow && before === -1 ? stream.phrase(unitAt + 1, IN_A_ROW_AFTER) : -1;
  return { value: count.value.low * days, next: after === -1 ? unitAt + 1 : after };
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
