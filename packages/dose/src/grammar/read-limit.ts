import type { DoseLimit } from '../dose-types.js';
import type { AmountValue } from './read-amount.js';
import { readCourseLength } from './read-duration.js';
import type { Match, TokenStream } from './token-stream.js';

/**
 * What a limit caps: one administration, everything given over the whole treatment, or a day
 * (`maximal dygnsdos`), which no field of a dose holds.
 */
export type LimitKind = 'max-single' | 'cumulative-max' | 'max-per-day';

const MAX_SINGLE = [
  ['maxdos'], ['maxdosen'], ['maximaldos'], ['max', 'dos'], ['maximal', 'dos'], ['maximala', 'dosen'], ['maximal', 'dosering'],
  ['maximala', 'doseringen'], ['max', 'dosering'], ['högsta', 'dosering'],
  ['maximal', 'engångsdos'], ['max', 'engångsdos'], ['högsta', 'dos'], ['högsta', 'dosen'], ['högsta', 'rekommenderade', 'dos'],
  ['högsta', 'rekommenderade', 'dosen'], ['högsta', 'tillåtna', 'dos'], ['högsta', 'tillåtna', 'dosen'], ['maximal', 'rekommenderad', 'dos'],
  ['maximum', 'recommended', 'dose'],
  ['maximum', 'dose'], ['maximum', 'single', 'dose'], ['maximal', 'singeldos'], ['maximala', 'singeldosen'], ['max', 'singeldos'],
  ['högsta', 'singeldos'],
];
/** A maximum per day (`Maximal rekommenderad dygnsdos av ondansetron är 16 mg`): never a single dose's maximum. */
const MAX_PER_DAY = [
  ['maximal', 'dygnsdos'], ['maximala', 'dygnsdosen'], ['max', 'dygnsdos'], ['högsta', 'dygnsdos'], ['högsta', 'dygnsdosen'],
  ['maximal', 'rekommenderad', 'dygnsdos'], ['högsta', 'rekommenderade', 'dygnsdos'], ['högsta', 'rekommenderade', 'dygnsdosen'],
  ['maximal', 'daglig', 'dos'], ['högsta', 'dagliga', 'dos'], ['maxdos', 'per', 'dygn'], ['maxdos', 'per', 'dag'],
  ['max', 'dos', 'per', 'dygn'], ['maximal', 'dos', 'per', 'dygn'], ['maximum', 'daily', 'dose'], ['maximum', 'recommended', 'daily', 'dose'],
  ['maximal', 'dagsdos'], ['maximala', 'dagsdosen'], ['max', 'dagsdos'], ['högsta', 'dagsdos'], ['högsta', 'dagsdosen'],
  ['maximal', 'rekommenderad', 'dagsdos'],
];
const CUMULATIVE = [
  ['kumulativ', 'dos'], ['kumulativa', 'dosen'], ['total', 'kumulativ', 'dos'], ['ackumulerad', 'dos'],
  ['max', 'ackumulerad', 'dos'], ['maximal', 'ackumulerad', 'dos'], ['max', 'ack', '.', 'dos'],
  ['livstidsdos'], ['cumulative', 'dose'], ['maximum', 'cumulative', 'dose'],
];
/** Words that may stand between the cue and its amount (`maxdos per administrationstillfälle: 32 mg`, `maximal singeldos på 400 mg`). */
const CUE_FILLERS = new Set([
  'per', '/', ':', '=', '-', 'är', 'då', 'av', 'på', 'om', 'administrationstillfälle', 'admtillfälle', 'tillfälle',
  'administration', 'får', 'inte', 'ej', 'överstiga', 'överskrida', 'bör', 'is', 'of', 'not', 'exceed', 'must',
  // `kumulativ dos högst 450 mg/m2`: a bare maximum after the cue says the same, not a single dose's maximum.
  'högst', 'maximalt', 'max', 'uppgå', 'till',
]);
/** The cue reaches an amount at most this many tokens ahead. */
const CUE_REACH = 6;

/**
 * A cue that the next amount is a limit, not a dose: `maxdos`, `maximal engångsdos`,
 * `kumulativ dos … får inte överstiga`, `Max ack. dos`. The value is the kind of limit and
 * where the amount may start (fillers such as `per administrationstillfälle:` skipped).
 */
export function readLimitCue(stream: TokenStream, at: number): Match<LimitKind> | null {
  const bare = readBareMaximum(stream, at);
  if (bare !== null) return bare;
  const ends: [LimitKind, number][] = [
    ['cumulative-max', stream.phrase(at, CUMULATIVE)],
    ['max-per-day', stream.phrase(at, MAX_PER_DAY)],
    ['max-single', stream.phrase(at, MAX_SINGLE)],
  ];
  // The longest phrase decides (`maxdos per dygn` over `maxdos`).
  const [kind, end] = ends.reduce((longest, candidate) => (candidate[1] > longest[1] ? candidate : longest));
  if (end === -1) return null;
  let next = end;
  for (let step = 0; step < CUE_REACH; step++) {
    const token = stream.at(next);
    if (token === undefined || token.kind === 'number' || !CUE_FILLERS.has(token.lower)) break;
    next++;
  }
  return { value: kind, next };
}

const THRESHOLDS = [
  ['över'], ['under'], ['mer', 'än'], ['mindre', 'än'], ['överstiga'], ['överstigande'], ['understiga'],
  ['dos', 'motsvarande'], ['doser', 'motsvarande'], ['dosen', 'motsvarande'], ['à'], ['á'], ['styrkan'], ['styrka'], ['innehåller'], ['exponeras', 'för'], ['above'], ['below'],
  ['more', 'than'], ['less', 'than'], ['exceeding'], ['>'], ['<'], ['≥'], ['≤'], ['>', '='], ['<', '='],
];

const CHANGE_ADVERBS = ['sedan', 'sen', 'därefter', 'successivt', 'gradvis', 'stegvis', 'försiktigt', 'vanligen', 'lämpligen', 'då'];

/**
 * A step by which a dose changes (`dosreduktion med 2,5 mg`, `ökas med 50 mg`, `i steg om 5 mg`) or
 * is rounded (`avrundat till närmaste 50 mg`): the amount is the difference, not a dose. (`dosreduktion till 75 mg/m2` states the new dose
 * and is read.)
 */
const CHANGE_STEPS = [
  ['dosreduktion', 'med'], ['dosreduktion', 'på'], ['dosreduktioner', 'på'], ['dosreduktioner', 'med'], ['dosreducering', 'med'],
  ['dosreducering', 'på'], ['dosreduceringar', 'på'], ['dosreduceringar', 'med'], ['dosminskning', 'med'], ['dosminskning', 'på'],
  ['dosökning', 'med'], ['dosökning', 'på'], ['dossänkning', 'med'], ['doshöjning', 'med'], ['reduceras', 'med'], ['minskas', 'med'],
  ['sänks', 'med'], ['ökas', 'med'], ['höjs', 'med'], ['trappas', 'ned', 'med'], ['trappas', 'ner', 'med'], ['trappas', 'ut', 'med'],
  ['nedtrappning', 'med'], ['nedtrappning', 'på'], ['upptrappning', 'med'], ['minskning', 'med'], ['ökning', 'med'], ['sänkning', 'med'],
  ['höjning', 'med'], ['i', 'steg', 'om'], ['steg', 'om'], ['reduced', 'by'], ['increased', 'by'], ['decreased', 'by'], ['in', 'steps', 'of'],
  ['increments', 'of'], ['decrements', 'of'], ['närmaste'], ['nearest'],
  // `Dygnsdosen minskas sedan med 1,25 mg`, `ökas därefter gradvis med 50 mg`: a word of time or manner between.
  ...['reduceras', 'minskas', 'sänks', 'ökas', 'höjs'].flatMap((verb) => [
    ...CHANGE_ADVERBS.map((adverb) => [verb, adverb, 'med']),
    ...CHANGE_ADVERBS.flatMap((first) => CHANGE_ADVERBS.map((second) => [verb, first, second, 'med'])),
  ]),
];

/**
 * A comparison right before an amount (`Doser över 1000 mg`, `under 20 Gy`,
 * `> 2 mg`), a strength (`tabletter à 500 mg`, `innehåller 100 mg`) or a step of change
 * (`CHANGE_STEPS`): the amount is a threshold, the content of a package or a
 * difference, never a dose.
 */
export function readThresholdCue(stream: TokenStream, at: number): Match<true> | null {
  let next = Math.max(stream.phrase(at, THRESHOLDS), stream.phrase(at, CHANGE_STEPS));
  // `mer än motsvarande 5 mg prednisolon`: a threshold stated as an equivalent.
  if (next !== -1 && stream.isWord(next, ['motsvarande'])) next++;
  if (next === -1 || stream.at(next)?.kind !== 'number') return null;
  // `en gång i veckan under 12 veckor`: `under` a span of time is how long, not a threshold.
  if (stream.isWord(at, ['under']) && readCourseLength(stream, at) !== null) return null;
  return { value: true, next };
}

const EQUIVALENCES = [['motsvarande'], ['motsvarar'], ['motsvarar', 'cirka']];

/**
 * `80 mg/m2 veckovis, motsvarande 240 mg/m2 per cykel`: an amount restating a dose before it in
 * other terms, or the content of a salt named right before it. With neither (`lågdos järn,
 * motsvarande 20–40 mg järn dagligen`) there is nothing it restates, and it is read as the dose
 * (see `noteCue`).
 */
export function readEquivalenceCue(stream: TokenStream, at: number): Match<{ ofSalt: boolean }> | null {
  const next = stream.phrase(at, EQUIVALENCES);
  if (next === -1 || stream.at(next)?.kind !== 'number') return null;
  const before = stream.at(at - 1);
  return { value: { ofSalt: before?.kind === 'word' && SALT_ENDING.test(before.lower) }, next };
}

/**
 * Endings of a salt's name (`Betametasonnatriumfosfat motsvarande 0,5 mg betametason`,
 * `irinotekanhydroklorid`, `eribulinmesylat`): the amount after it is the salt's content.
 */
const SALT_ENDING = /(fosfat|acetat|klorid|sulfat|mesylat|citrat|tartrat|maleat|besilat|bromid|fumarat|succinat|natrium|kalium|dihydrat|trihydrat|monohydrat)$/;

const BARE_MAXIMUM = [['max'], ['max', '.'], ['maximalt'], ['högst'], ['maximum'], ['up', 'to']];
const BRACKETED_MAXIMUM = [...BARE_MAXIMUM, ['upp', 'till'], ['upp', 'till', 'max']];
const MASS_UNITS = ['mg', 'g', 'gram', 'mikrogram', 'µg', 'μg', 'mcg', 'ug'];

/**
 * `Max 15 mg totalt`, `högst 4 g per dygn`, `(upp till 200 mg)`: a bare maximum right before a mass is a limit. It
 * needs the mass unit, so that `maximalt 2 år` stays a duration and `högst 6 cykler` a count.
 */
function readBareMaximum(stream: TokenStream, at: number): Match<LimitKind> | null {
  // `2 mg/kg (upp till 200 mg)`: in brackets after a dose, `upp till` caps it.
  const next = stream.phrase(at, stream.isPunct(at - 1, '(') ? BRACKETED_MAXIMUM : BARE_MAXIMUM);
  if (next === -1 || stream.at(next)?.kind !== 'number' || !stream.isWord(next + 1, MASS_UNITS)) return null;
  return { value: 'max-single', next };
}

/** The limit an amount read after a limit cue states. */
export function limitOf(amount: AmountValue): DoseLimit {
  return { amount: amount.amount, unit: amount.unit };
}
