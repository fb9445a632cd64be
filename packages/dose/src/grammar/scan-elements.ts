import { hasInnEnding } from '../check/looks-like-drug-name.js';
import type { DoseLink, Duration, OpenRange, Range, Route, SchedulePause } from '../dose-types.js';
import type { NameIndex, NamedEntry } from '../lexicon/name-index.js';
import { readAucByUnit } from './read-auc-by-unit.js';
import { readAlternativeAmount, readAucAmount, readMassAmount, readMillionUnits, type AmountValue } from './read-amount.js';
import {
  readConversionCue, readDosingCue, readOverdoseCue, readPhaseCue, readPremedicationCue, readPreparationCue, readScheduleNameCue, type PremedicationCue,
} from './read-cues.js';
import { readContentCue, readStrength } from './read-content.js';
import { readConditionCue } from './read-condition.js';
import { readCycleDays, readCycleInterval, readCycleLength, readEachOfDays, readRestartDay } from './read-cycle-days.js';
import { readCyclePoint, readCycles, readTimesCount } from './read-cycles.js';
import { readCourseLength, readMaxDuration, readMinCourseLength } from './read-duration.js';
import { readInfusionTime } from './read-infusion-time.js';
import { readEquivalentNote } from './read-equivalent-note.js';
import { readJoiner } from './read-joiner.js';
import { readEquivalenceCue, readLimitCue, readThresholdCue, type LimitKind } from './read-limit.js';
import { readPause } from './read-pause.js';
import { readRadiation, type StatedFractionation } from './read-radiation.js';
import { readRoute } from './read-route.js';
import { drugOfSaltName } from './salt-name.js';
import { readHourGap, readSchedule } from './read-schedule.js';
import { readStatisticCue } from './read-statistic.js';
import { readTableBasis } from './read-table-basis.js';
import type { Match, TokenStream } from './token-stream.js';

/** The pieces a dose statement is built from, found in one left-to-right pass. */
export type ElementValue =
  | { kind: 'sentence-end' }
  | { kind: 'mention'; entry: NamedEntry }
  /** `perWeek`: the tokens of a count per week the phrase holds but no field does (`x 5 per vecka`). */
  | { kind: 'radiation'; fractionation: StatedFractionation; perWeek: { first: number; next: number } | null }
  | { kind: 'amount'; amount: AmountValue }
  | { kind: 'schedule'; intervalDays: Range }
  | { kind: 'pause'; pause: SchedulePause }
  | { kind: 'cycles'; cycles: OpenRange }
  | { kind: 'times'; cycles: OpenRange }
  | { kind: 'duration'; duration: Duration }
  | { kind: 'course-length'; duration: Duration }
  | { kind: 'min-course-length'; duration: Duration }
  | { kind: 'route'; route: Route }
  | { kind: 'joiner'; link: DoseLink }
  | { kind: 'limit-cue'; limit: LimitKind }
  | { kind: 'threshold' }
  | { kind: 'equivalence'; ofSalt: boolean }
  | { kind: 'cycle-days'; days: number[] }
  | { kind: 'restart'; cycleLengthDays: number }
  | { kind: 'cycle-length'; cycleLengthDays: number }
  | { kind: 'basis' }
  | { kind: 'phase-cue'; phase: 'loading' | 'maintenance' }
  | { kind: 'premedication-cue'; cue: PremedicationCue }
  | { kind: 'name-cue' }
  | { kind: 'conversion-cue' }
  | { kind: 'hour-gap'; hours: number }
  | { kind: 'content-cue' }
  | { kind: 'strength' }
  | { kind: 'overdose-cue' }
  | { kind: 'preparation-cue' }
  | { kind: 'dosing-cue' }
  | { kind: 'infusion-time' }
  | { kind: 'equivalent-note' }
  | { kind: 'cycle-point' }
  | { kind: 'compound'; text: string };

/** An element with the tokens `[first, next)` it spans. */
export type Element = ElementValue & { first: number; next: number };

type Reader = (stream: TokenStream, at: number) => Match<ElementValue> | null;

/** Tried in this order at each token; the first that matches wins. */
const READERS: readonly Reader[] = [
  (s, at) => wrap(readConversionCue(s, at), () => ({ kind: 'conversion-cue' })),
  (s, at) => wrap(readContentCue(s, at), () => ({ kind: 'content-cue' })),
  (s, at) => wrap(readInfusionTime(s, at), () => ({ kind: 'infusion-time' })),
  (s, at) => wrap(readEquivalentNote(s, at), () => ({ kind: 'equivalent-note' })),
  (s, at) => wrap(readEachOfDays(s, at), (cycleLengthDays) => ({ kind: 'cycle-length', cycleLengthDays })),
  (s, at) => wrap(readThresholdCue(s, at), () => ({ kind: 'threshold' })),
  (s, at) => wrap(readStatisticCue(s, at), () => ({ kind: 'threshold' })),
  (s, at) => wrap(readEquivalenceCue(s, at), ({ ofSalt }) => ({ kind: 'equivalence', ofSalt })),
  (s, at) => wrap(readConditionCue(s, at), () => ({ kind: 'threshold' })),
  (s, at) => wrap(readLimitCue(s, at), (limit) => ({ kind: 'limit-cue', limit })),
  (s, at) => wrap(readCycleLength(s, at), (cycleLengthDays) => ({ kind: 'cycle-length', cycleLengthDays })),
  (s, at) => {
    const radiation = readRadiation(s, at);
    return radiation === null ? null : { value: { kind: 'radiation', fractionation: radiation.value, perWeek: radiation.perWeek ?? null }, next: radiation.next };
  },
  (s, at) => wrap(readStrength(s, at), () => ({ kind: 'strength' })),
  (s, at) => wrap(readAucAmount(s, at) ?? readAucByUnit(s, at) ?? readMassAmount(s, at) ?? readMillionUnits(s, at) ?? readAlternativeAmount(s, at), (amount) => ({ kind: 'amount', amount })),
  (s, at) => wrap(readPause(s, at), (pause) => ({ kind: 'pause', pause })),
  (s, at) => wrap(readRestartDay(s, at) ?? readCycleInterval(s, at), (cycleLengthDays) => ({ kind: 'restart', cycleLengthDays })),
  (s, at) => wrap(readCycleDays(s, at), (days) => ({ kind: 'cycle-days', days })),
  (s, at) => wrap(readTableBasis(s, at), () => ({ kind: 'basis' })),
  (s, at) => wrap(readPhaseCue(s, at), (phase) => ({ kind: 'phase-cue', phase })),
  (s, at) => wrap(readScheduleNameCue(s, at), () => ({ kind: 'name-cue' })),
  (s, at) => wrap(readPremedicationCue(s, at), (cue) => ({ kind: 'premedication-cue', cue })),
  (s, at) => wrap(readHourGap(s, at), (hours) => ({ kind: 'hour-gap', hours })),
  (s, at) => wrap(readSchedule(s, at), (intervalDays) => ({ kind: 'schedule', intervalDays })),
  (s, at) => wrap(readCyclePoint(s, at), () => ({ kind: 'cycle-point' })),
  (s, at) => wrap(readCycles(s, at), (cycles) => ({ kind: 'cycles', cycles })),
  (s, at) => wrap(readMaxDuration(s, at), (duration) => ({ kind: 'duration', duration })),
  (s, at) => wrap(readMinCourseLength(s, at), (duration) => ({ kind: 'min-course-length', duration })),
  (s, at) => wrap(readCourseLength(s, at), (duration) => ({ kind: 'course-length', duration })),
  (s, at) => wrap(readTimesCount(s, at), (cycles) => ({ kind: 'times', cycles })),
  (s, at) => wrap(readRoute(s, at), (route) => ({ kind: 'route', route })),
  (s, at) => wrap(readOverdoseCue(s, at), () => ({ kind: 'overdose-cue' })),
  (s, at) => wrap(readPreparationCue(s, at), () => ({ kind: 'preparation-cue' })),
  (s, at) => wrap(readDosingCue(s, at), () => ({ kind: 'dosing-cue' })),
  (s, at) => wrap(readJoiner(s, at), (link) => ({ kind: 'joiner', link })),
];

/**
 * Finds every element in the token stream. Tokens that start no element are skipped. Each
 * reader looks a bounded number of tokens ahead, so the pass is linear in the token count.
 */
export function scanElements(stream: TokenStream, names: NameIndex): Element[] {
  const elements: Element[] = [];
  let at = 0;
  // Whether the sentence so far named a drug, which a later `cisplatindosen` may only compete with.
  let named = false;
  while (at < stream.length) {
    const token = stream.at(at);
    if (token === undefined) break;
    if (isSentenceEnd(stream, at)) {
      elements.push({ kind: 'sentence-end', first: at, next: at + 1 });
      named = false;
      at++;
      continue;
    }
    const name = names.match(stream.tokens, at, stream.work);
    // `peg-filgrastim` when the lexicon knows `pegfilgrastim`: the same name, written with a hyphen.
    const joined = name !== null && name.length === 1 && isGluedAfterHyphen(stream, at) ? hyphenJoinedName(stream, at, names) : null;
    if (joined !== null) {
      elements.push({ kind: 'mention', entry: joined, first: at - 2, next: at + 1 });
      named ||= joined.kind === 'drug';
      at++;
      continue;
    }
    // `nab-paklitaxel`: a known name glued to a prefix is another word, maybe another drug.
    if (name !== null && isGluedAfterHyphen(stream, at)) {
      const next = at + name.length;
      elements.push({ kind: 'compound', text: stream.tokens.slice(at - 2, next).map((t) => t.text).join(''), first: at - 2, next });
      at = next;
      continue;
    }
    // `trastuzumab-deruxtekan`: a known name with a word glued after a hyphen may name another drug.
    const suffixed = name !== null ? nameWithGluedSuffix(stream, at, name.length, names) : null;
    if (suffixed !== null) {
      elements.push({ ...suffixed, first: at });
      named ||= suffixed.kind === 'mention' && suffixed.entry.kind === 'drug';
      at = suffixed.next;
      continue;
    }
    // `Doxorubicin liposomal`, `pegylerat doxorubicin` when the lexicon knows no such name: another preparation.
    const preparation = name !== null && name.entry.kind === 'drug' ? preparationAround(stream, at, name.length) : null;
    if (preparation !== null) {
      elements.push(preparation);
      at = preparation.next;
      continue;
    }
    if (name !== null) {
      elements.push({ kind: 'mention', entry: name.entry, first: at, next: at + name.length });
      named ||= name.entry.kind === 'drug';
      at += name.length;
      continue;
    }
    // `Mesna … 60 % av ifosfamiddosen, dvs 3 g/m2`: after another drug the compound is a word of
    // that drug's sentence (the amount stays the drug named first), not a second name.
    // `Abirateronacetat 1000 mg`: a salt written as one word is its drug.
    const salt = drugOfSaltName(stream, at, names);
    if (salt !== null) {
      elements.push({ kind: 'mention', entry: salt, first: at, next: at + 1 });
      named = true;
      at++;
      continue;
    }
    const doseOf = named ? null : drugOfDoseCompound(stream, at, names);
    if (doseOf !== null) {
      elements.push({ kind: 'mention', entry: doseOf, first: at, next: at + 1 });
      named = true;
      at++;
      continue;
    }
    const found = readElement(stream, at);
    if (found !== null) {
      elements.push({ ...found.value, first: at, next: found.next });
      at = found.next;
    } else {
      at++;
    }
  }
  return elements;
}

function readElement(stream: TokenStream, at: number): Match<ElementValue> | null {
  for (const read of READERS) {
    const found = read(stream, at);
    if (found !== null && found.next > at) return found;
  }
  return null;
}

/**
 * `.`, `!` or `?` followed by whitespace and a capital letter or a digit, or ending the text.
 * `pga. biverkningar` and `i.v. pembrolizumab` do not end a sentence.
 */
function isSentenceEnd(stream: TokenStream, at: number): boolean {
  if (!stream.isPunct(at, '.', '!', '?')) return false;
  const next = stream.at(at + 1);
  if (next === undefined) return true;
  if (!next.spaceBefore) return false;
  // `ca. 75 mg/m2`, `resp. 175 mg/m2`: an abbreviation's full stop before a number ends nothing.
  if (next.kind === 'number') return !isAbbreviation(stream, at - 1);
  const first = next.text.charAt(0);
  return first !== first.toLowerCase() || next.text === '•' || next.text === '-';
}

/** Swedish abbreviations written with a full stop that stand before a number inside a sentence. */
const ABBREVIATIONS = new Set(['ca', 'resp', 'inkl', 'exkl', 'max', 'min', 'jfr', 'enl', 'ev', 'nr', 'approx', 'tot']);

/** `ca` in `ca. 75`: a known abbreviation glued to the full stop after it. */
function isAbbreviation(stream: TokenStream, at: number): boolean {
  const token = stream.at(at);
  const stop = stream.at(at + 1);
  return token?.kind === 'word' && stop !== undefined && !stop.spaceBefore && ABBREVIATIONS.has(token.lower);
}

const DOSE_SUFFIX = /(dos|dosen|doser|doserna)$/;

/**
 * `cisplatindosen`, `karboplatindos`: a drug's name joined to the word for its dose, as Swedish
 * writes compounds, names the drug. Only a one-word name of the lexicon, exactly.
 */
function drugOfDoseCompound(stream: TokenStream, at: number, names: NameIndex): NamedEntry | null {
  const token = stream.at(at);
  if (token?.kind !== 'word') return null;
  const suffix = DOSE_SUFFIX.exec(token.lower);
  if (suffix === null || suffix.index < 4) return null;
  const prefix = token.lower.slice(0, suffix.index);
  const found = names.match([{ ...token, text: prefix, lower: prefix }], 0, stream.work);
  return found !== null && found.entry.kind === 'drug' ? found.entry : null;
}

/**
 * The lexicon name that the word before the hyphen and the token make without it (`peg-filgrastim`
 * is `pegfilgrastim`), exactly; null when there is none (`nab-paklitaxel`).
 */
function hyphenJoinedName(stream: TokenStream, at: number, names: NameIndex): NamedEntry | null {
  const prefix = stream.at(at - 2);
  const token = stream.at(at);
  if (prefix === undefined || token === undefined) return null;
  const text = prefix.text + token.text;
  const found = names.match([{ ...token, text, lower: text.toLowerCase() }], 0, stream.work);
  return found !== null && found.length === 1 ? found.entry : null;
}

/**
 * A name of `length` tokens at `at` with a word glued after a hyphen: the longer name the two
 * words make when the lexicon knows it (`trastuzumab-deruxtekan` is `trastuzumab deruxtekan`), else
 * a compound when the glued word may itself be a drug (an INN ending: `trastuzumab-zyxtekan`, or a
 * lexicon name: `karboplatin-paklitaxel`), which no amount is given to without a finding. A plain
 * word (`cisplatin-baserad`, `Cisplatin-behandling`) leaves the name as it is: null.
 */
function nameWithGluedSuffix(
  stream: TokenStream,
  at: number,
  length: number,
  names: NameIndex,
): ({ kind: 'mention'; entry: NamedEntry; next: number } | { kind: 'compound'; text: string; next: number }) | null {
  const suffixAt = at + length + 1;
  if (!isGluedAfterHyphen(stream, suffixAt)) return null;
  const suffix = stream.at(suffixAt);
  if (suffix === undefined || suffix.kind !== 'word') return null;
  const spaced = [...stream.tokens.slice(at, at + length), { ...suffix, spaceBefore: true }];
  const longer = names.match(spaced, 0, stream.work);
  if (longer !== null && longer.length === length + 1) return { kind: 'mention', entry: longer.entry, next: suffixAt + 1 };
  const another = names.match(stream.tokens, suffixAt, stream.work);
  if (!hasInnEnding(suffix) && another === null) return null;
  return { kind: 'compound', text: stream.tokens.slice(at, suffixAt + 1).map((t) => t.text).join(''), next: suffixAt + 1 };
}

/**
 * Words that make a drug another preparation with its own doses (liposomal or pegylated
 * doxorubicin, albumin-bound paclitaxel). The lexicon names the preparations it knows
 * (`pegylerat liposomalt doxorubicin`), which match as longer names first.
 */
const PREPARATION_WORDS = new Set([
  'liposomal', 'liposomalt', 'liposomala', 'pegylerad', 'pegylerat', 'pegylerade', 'pegylated', 'albuminbunden', 'albuminbundet',
  'albuminbundna', 'albumin-bound',
]);

/** A known name with a preparation word right before or after it: a compound over both. */
function preparationAround(stream: TokenStream, at: number, length: number): Extract<Element, { kind: 'compound' }> | null {
  const before = stream.at(at - 1);
  const after = stream.at(at + length);
  const first = before?.kind === 'word' && PREPARATION_WORDS.has(before.lower) ? at - 1 : at;
  const next = after?.kind === 'word' && PREPARATION_WORDS.has(after.lower) ? at + length + 1 : at + length;
  if (first === at && next === at + length) return null;
  return { kind: 'compound', text: stream.tokens.slice(first, next).map((t) => t.text).join(' '), first, next };
}

/** `peg-filgrastim` at `filgrastim`: a word and a hyphen glued right before the token. */
function isGluedAfterHyphen(stream: TokenStream, at: number): boolean {
  const hyphen = stream.at(at - 1);
  const word = stream.at(at - 2);
  const token = stream.at(at);
  return hyphen?.text === '-' && !hyphen.spaceBefore && token?.spaceBefore === false && word?.kind === 'word';
}

function wrap<T>(match: Match<T> | null, make: (value: T) => ElementValue): Match<ElementValue> | null {
  return match === null ? null : { value: make(match.value), next: match.next };
}
