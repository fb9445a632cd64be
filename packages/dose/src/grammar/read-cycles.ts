import type { OpenRange } from '../dose-types.js';
import { readCount, readNumberRange } from './read-range.js';
import type { Match, TokenStream } from './token-stream.js';
import { GRAY } from './read-radiation.js';

const CYCLE_NOUNS = [
  'cykler', 'cykel', 'kurer', 'kur', 'cycles', 'cycle', 'courses', 'course',
  // Compounds that still count cycles of drug treatment (`maximalt 6 behandlingscykler`); `strålkur` is no cycle,
  // and `omgångar` alone is none either: `ges i två omgångar` splits a dose in two portions.
  'behandlingscykler', 'behandlingscykel', 'behandlingskurer', 'behandlingskur', 'behandlingsomgångar',
  'kemoterapicykler', 'kemoterapikurer', 'cytostatikacykler', 'cytostatikakurer', 'cytostatikakur',
];
/** `Antal cykler: 6`, `number of cycles 6`: the words before a noun whose count follows it. */
const NUMBER_OF = [['antal'], ['number', 'of']];
const PREPOSITIONS = [['i'], ['in'], ['for'], ['under'], ['over'], ['över']];
const AT_MOST = [['upp', 'till'], ['up', 'to'], ['maximalt'], ['högst'], ['max'], ['maximum'], ['at', 'most'], ['a', 'maximum', 'of']];
const EXACTLY = [['till', 'totalt'], ['totalt'], ['to', 'a', 'total', 'of'], ['a', 'total', 'of'], ['total', 'of']];
const AT_LEAST = [['minst'], ['at', 'least'], ['åtminstone']];

/**
 * A number of treatment cycles: `i 4 cykler`, `6 cykler`, `sju cykler`, `4 eller 6 cykler` (4–6), `upp till 35 cykler`
 * (at most: `{ low: null, high: 35 }`), `till totalt 16 cykler` (exactly 16),
 * `minst 4 cykler` (at least: `{ low: 4, high: null }`), `for 6 cycles`, `i cykel 1–6` (6), `x 4 kurer`,
 * `Antal cykler: 6`, `maximalt 6 behandlingscykler`, `6 behandlingsomgångar`.
 */
export function readCycles(stream: TokenStream, at: number): Match<OpenRange> | null {
  const counted = readNumberOfCycles(stream, at) ?? readTimesCycles(stream, at);
  if (counted !== null) return counted;
  const preposition = stream.phrase(at, PREPOSITIONS);
  const from = preposition === -1 ? at : preposition;
  return readQualifiedCycles(stream, at) ?? (from === at ? null : readQualifiedCycles(stream, from)) ?? readNumberedCycles(stream, from);
}

const POINT_WORDS = [['efter'], ['after'], ['inom'], ['within'], ['före'], ['before'], ['mellan'], ['between']];

/**
 * `utvärdering efter 3 cykler`, `inom två kurer`: a point in the course, not how many cycles it has.
 * Read as its own element so that the count is neither a course's cycles nor a word left unread.
 */
export function readCyclePoint(stream: TokenStream, at: number): Match<true> | null {
  const from = stream.phrase(at, POINT_WORDS);
  if (from === -1) return null;
  const count = readCount(stream, from);
  return count !== null && stream.isWord(count.next, CYCLE_NOUNS) ? { value: true, next: count.next + 1 } : null;
}

/** `Antal cykler: 6`, `antal kurer 4–6`: the count after its noun, as a regimen sheet's field writes it. */
function readNumberOfCycles(stream: TokenStream, at: number): Match<OpenRange> | null {
  const noun = stream.phrase(at, NUMBER_OF);
  if (noun === -1 || !stream.isWord(noun, CYCLE_NOUNS)) return null;
  const countAt = stream.isPunct(noun + 1, ':') ? noun + 2 : noun + 1;
  const count = readCount(stream, countAt);
  return count === null ? null : { value: { low: count.value.low, high: count.value.high }, next: count.next };
}

/** `x 4 kurer`, `× 6 cykler`: a count with its noun is cycles, however small (`x 2 kurer` is no twice a day). */
function readTimesCycles(stream: TokenStream, at: number): Match<OpenRange> | null {
  if (!stream.isText(at, 'x') && !stream.isPunct(at, '×')) return null;
  const count = readCount(stream, at + 1);
  if (count === null || !stream.isWord(count.next, CYCLE_NOUNS)) return null;
  return { value: { low: count.value.low, high: count.value.high }, next: count.next + 1 };
}

/** `i cykel 1–6`, `for cycles 1-6`: the cycles numbered from the first, as many as the last number. */
function readNumberedCycles(stream: TokenStream, at: number): Match<OpenRange> | null {
  if (!stream.isWord(at, CYCLE_NOUNS)) return null;
  const first = stream.at(at + 1);
  const range = first?.kind === 'number' && first.value === 1 ? readNumberRange(stream, at + 1) : null;
  if (range === null || range.value.high <= 1 || !Number.isInteger(range.value.high)) return null;
  return { value: { low: range.value.high, high: range.value.high }, next: range.next };
}

function readQualifiedCycles(stream: TokenStream, at: number): Match<OpenRange> | null {
  const atMost = stream.phrase(at, AT_MOST);
  const exactly = stream.phrase(at, EXACTLY);
  const atLeast = stream.phrase(at, AT_LEAST);
  const from = Math.max(atMost, exactly, atLeast, at);
  const count = alternativeCounts(stream, from) ?? readCount(stream, from);
  const totalOrMost = from !== at && (from === exactly || from === atMost);
  if (count === null || !(stream.isWord(count.next, CYCLE_NOUNS) || (totalOrMost && countsAdministrations(stream, count.next)))) return null;
  // `en cykel på 28 dagar`, `en cykel om 21 dagar`: the length of a cycle, not a count of one.
  if (stream.isWord(count.next + 1, ['på', 'om', 'of']) && stream.at(count.next + 2)?.kind === 'number') return null;
  const { low, high } = count.value;
  const next = count.next + 1;
  if (from === atMost) return { value: { low: null, high }, next };
  if (from === atLeast) return { value: { low, high: null }, next };
  return { value: { low, high }, next };
}

/** What is given once a cycle when a treatment is counted in administrations (`totalt 4 doser`, `totalt sex behandlingar`). */
export const ADMINISTRATIONS = [
  'doser', 'infusioner', 'injektioner', 'administreringar', 'behandlingar', 'behandlingstillfällen', 'doses', 'infusions', 'injections', 'treatments',
];
/** Words after a count of doses that make it a count per period (`högst 4 doser per dygn`), not of the course. */
const PER_PERIOD = ['per', '/', 'om', 'i', 'dagligen', 'daily', 'a', 'each', 'every'];

/**
 * `totalt 4 doser`, `upp till 4 infusioner`: a course counted in administrations, each given once
 * a cycle (the caller has read `totalt` or a maximum before the count); `fördelat på två doser` (a day split in two) and
 * `högst 4 doser per dygn` (a cap per day) are no such count.
 */
function countsAdministrations(stream: TokenStream, noun: number): boolean {
  return stream.isWord(noun, ADMINISTRATIONS) && !stream.isWord(noun + 1, PER_PERIOD);
}

/** `4 eller 6 cykler`: either count, read as the range between them (the cycles field holds a range). */
function alternativeCounts(stream: TokenStream, at: number): Match<{ low: number; high: number }> | null {
  const first = readCount(stream, at);
  if (first === null || first.value.low !== first.value.high || !stream.isWord(first.next, ['eller', 'or'])) return null;
  const second = readCount(stream, first.next + 1);
  if (second === null || second.value.low !== second.value.high || second.value.low <= first.value.low) return null;
  return { value: { low: first.value.low, high: second.value.low }, next: second.next };
}

/** `x 6`, `× 6–8` after a regimen: the number of cycles (`KarPak x 6–8`). */
export function readTimesCount(stream: TokenStream, at: number): Match<OpenRange> | null {
  if (!stream.isText(at, 'x') && !stream.isPunct(at, '×')) return null;
  const count = readCount(stream, at + 1);
  if (count === null || stream.isWord(count.next, GRAY)) return null;
  return { value: { low: count.value.low, high: count.value.high }, next: count.next };
}
