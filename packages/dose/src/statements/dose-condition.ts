import type { LocalizedText } from '@guideline-as-code/types';
import type { DoseDiagnostic } from '../dose-types.js';
import { formatAmountText } from '../format/format-amount.js';
import type { TokenStream } from '../grammar/token-stream.js';
import type { Draft } from './draft.js';
import type { ReadSpan } from './partial-reading.js';

/** Tokens between a dose and the condition that follows it (`300 mg, vid …`). */
const REACH = 2;
/** Tokens between a condition's cue and its measured value (`vid kreatininclearance under 45 ml/min`). */
const VALUE_REACH = 6;

/** Words that open a condition on the dose before them. */
const CUES = [['vid'], ['hos', 'patienter'], ['till', 'patienter'], ['för', 'patienter'], ['om'], ['if'], ['in', 'patients'], ['for', 'patients']];

/** `vid illamående`: a symptom after `vid` gives the dose as needed. */
const SYMPTOMS = new Set([
  'illamående', 'smärta', 'smärtor', 'genombrottssmärta', 'oro', 'ångest', 'sömnsvårigheter', 'sömnbesvär', 'feber', 'klåda',
  'kräkning', 'kräkningar', 'andnöd', 'dyspné', 'förstoppning', 'obstipation', 'diarré', 'hosta', 'hicka', 'kramper', 'agitation',
  'rosslighet', 'nausea', 'pain', 'vomiting',
]);

/** `vid nedsatt njurfunktion`: an impairment that sets another dose. */
const IMPAIRMENTS = new Set([
  'njurfunktion', 'leverfunktion', 'njursvikt', 'leversvikt', 'njurinsufficiens', 'leverinsufficiens', 'leverpåverkan', 'renal', 'hepatic',
]);

/** `5 mg vid biverkningar`: side effects that set a reduced dose. */
const TOXICITY = new Set(['biverkningar', 'biverkning', 'toxicitet', 'intolerans', 'toxicity', 'intolerance']);

/** A weight or an age: `77 kg`, `75 år`. */
const MEASURED = new Set(['kg', 'år', 'years']);
/** A clearance or a laboratory value, always with its `/`: `31–50 ml/min`, `70 µmol/l`, `120 g/l`. */
const MEASURED_PER = new Set(['ml', 'µmol', 'μmol', 'mmol', 'g']);

/**
 * `Olaparib 250 mg x 2 vid kreatininclearance 31–50 ml/min`, `300 mg vid vikt över 77 kg`,
 * `Metoklopramid 10 mg x 3 vid illamående`, `5 mg vid biverkningar`, `2 mg efter varje lös
 * avföring`: a dose given only under a condition (a measured value, an impairment, side effects,
 * or a symptom or an event, which makes it a dose as needed). No dose field holds the
 * condition, and without it the dose reads as the regular one, so the condition is reported.
 * A condition is recognised only right after a dose and only by these cues: an indication
 * (`vid recidiverande sjukdom`) sets the statement's context, not another dose.
 * Returns the findings and the spans they cover (read, so that no other finding repeats them).
 */
export function doseConditions(
  stream: TokenStream,
  drafts: readonly Draft[],
  sentenceEnds: ReadonlySet<number>,
  clauseSpans: readonly ReadSpan[],
): { findings: DoseDiagnostic[]; spans: ReadSpan[] } {
  const findings: DoseDiagnostic[] = [];
  const spans: ReadSpan[] = [];
  for (const draft of drafts) {
    const condition = conditionAfter(stream, draft.next, sentenceEnds);
    if (condition === null || (spans.at(-1)?.next ?? -1) > condition.first) continue;
    spans.push(condition);
    findings.push(finding(stream, draft, condition));
  }
  // `Vid nedsatt njurfunktion ges cisplatin 50 mg/m2`: a condition that opens the clause is each of its doses'.
  const afterDoses = new Set(spans.map((span) => span.first));
  const clauseStarts = clauseStartsOf(stream, clauseSpans);
  for (const draft of drafts) {
    const condition = openingCondition(stream, draft.first, clauseStarts[draft.first] ?? 0, sentenceEnds);
    if (condition === null || afterDoses.has(condition.first)) continue;
    if (spans.at(-1)?.first !== condition.first) spans.push(condition);
    findings.push(finding(stream, draft, condition));
  }
  findings.sort((a, b) => a.start - b.start);
  spans.sort((a, b) => a.first - b.first);
  return { findings, spans };
}

/**
 * The condition at the start of the clause that holds token `first` (`Vid nedsatt njurfunktion ges
 * …`, `Till patienter över 75 år ges …`, `Vid grad 3 neuropati sänks …`), ending before `first`, or null.
 */
function openingCondition(stream: TokenStream, first: number, start: number, sentenceEnds: ReadonlySet<number>): Condition | null {
  const condition = conditionAt(stream, start, sentenceEnds) ?? null;
  return condition !== null && condition.next <= first ? condition : null;
}

/** For each token, the first token of its clause (`clauses`: after a sentence end or `;`). */
function clauseStartsOf(stream: TokenStream, clauseSpans: readonly ReadSpan[]): Uint32Array {
  const starts = new Uint32Array(stream.length);
  for (const clause of clauseSpans) starts.fill(clause.first, clause.first, Math.min(clause.next + 1, stream.length));
  return starts;
}

interface Condition extends ReadSpan {
  kind: 'condition' | 'as-needed' | 'times';
}

function conditionAfter(stream: TokenStream, from: number, sentenceEnds: ReadonlySet<number>): Condition | null {
  for (let first = from; first <= from + REACH && first < stream.length; first++) {
    if (sentenceEnds.has(first) || stream.isPunct(first, ';')) return null;
    const condition = conditionAt(stream, first, sentenceEnds);
    if (condition !== undefined) return condition;
  }
  return null;
}

/** The condition that starts at `first`; null when a cue there opens none; undefined when no cue is there. */
function conditionAt(stream: TokenStream, first: number, sentenceEnds: ReadonlySet<number>): Condition | null | undefined {
  const times = hoursBeforeOrAfter(stream, first);
  if (times !== -1) return { first, next: times, kind: 'times' };
  const event = eventAfter(stream, first);
  if (event !== -1) return { first, next: event, kind: 'as-needed' };
  const cue = stream.phrase(first, CUES);
  if (cue === -1) return undefined;
  if (stream.isWord(first, ['vid']) && SYMPTOMS.has(stream.at(cue)?.lower ?? '')) return { first, next: cue + 1, kind: 'as-needed' };
  if (TOXICITY.has(stream.at(cue)?.lower ?? '')) return { first, next: cue + 1, kind: 'condition' };
  let end = conditionEnd(stream, cue, sentenceEnds);
  if (end === -1) return null;
  // `… minst 77 kg och har trombocyter ≥ 150 x 10^9/l`: a second value joined to the first.
  while (stream.isWord(end, ['och', 'and'])) {
    const more = conditionEnd(stream, end + 1, sentenceEnds);
    if (more === -1) break;
    end = more;
  }
  return { first, next: end, kind: 'condition' };
}

/** `efter varje`, `vid varje`: a dose given each time something happens. */
const EACH_TIME = [['efter', 'varje'], ['vid', 'varje'], ['after', 'each'], ['after', 'every']];
/** What happens, as the last word of `efter varje lös avföring`, `vid varje kräkning`: not a treatment or a meal. */
const EVENTS = new Set(['avföring', 'tarmtömning', 'kräkning', 'diarré', 'diarréepisod', 'anfall', 'episod', 'smärtgenombrott', 'stool', 'bowel', 'movement', 'episode']);
/** Words that may stand before the event (`lös`, `ny`). */
const EVENT_REACH = 2;

/** `efter varje lös avföring`: where such a phrase ends, or -1. A dose given that way is a dose as needed. */
function eventAfter(stream: TokenStream, at: number): number {
  const each = stream.phrase(at, EACH_TIME);
  if (each === -1) return -1;
  for (let index = each; index <= each + EVENT_REACH && index < stream.length; index++) {
    const token = stream.at(index);
    if (token?.kind === 'word' && EVENTS.has(token.lower)) return index + 1;
  }
  return -1;
}

const HOURS = ['timmar', 'timme', 'tim', 'h', 'hours', 'hour'];
const BEFORE_OR_AFTER = ['före', 'innan', 'efter', 'before', 'prior', 'after'];
const LIST_JOINERS = [',', 'och', 'and'];

/**
 * `12 och 6 timmar före paklitaxel`, `1 timme före och 8 timmar efter`: two or more times, in
 * hours before or after a treatment, give the dose that many times. Returns where the times end
 * (after the last `före`/`efter`), or -1 when fewer than two times are given here: one time alone
 * (`30 minuter före`) is when a single dose is given, which loses nothing.
 */
function hoursBeforeOrAfter(stream: TokenStream, at: number): number {
  let numbers = 0;
  let next = at;
  let end = -1;
  while (stream.at(next)?.kind === 'number') {
    numbers++;
    if (stream.isWord(next + 1, LIST_JOINERS) && stream.at(next + 2)?.kind === 'number') {
      next += 2;
      continue;
    }
    if (!stream.isWord(next + 1, HOURS) || !stream.isWord(next + 2, BEFORE_OR_AFTER)) break;
    end = next + 3;
    next = stream.isWord(end, LIST_JOINERS) ? end + 1 : end;
  }
  return numbers >= 2 ? end : -1;
}

/** Where a condition ends: after its measured value's unit, or after an impairment word; -1 when it has neither. */
function conditionEnd(stream: TokenStream, from: number, sentenceEnds: ReadonlySet<number>): number {
  for (let index = from; index < from + VALUE_REACH && index < stream.length; index++) {
    if (sentenceEnds.has(index) || stream.isPunct(index, ';', ',')) return -1;
    const token = stream.tokens[index];
    if (token === undefined) return -1;
    if (IMPAIRMENTS.has(token.lower)) return index + 1;
    // `grad 3`: a grade is written before its number.
    if ((token.lower === 'grad' || token.lower === 'grade') && stream.at(index + 1)?.kind === 'number') return index + 2;
    if (token.kind === 'number') return measuredEnd(stream, index);
  }
  return -1;
}

/** The end of a measured value's unit after the number at `number` (or after a range from it); -1 when it measures none of these. */
function measuredEnd(stream: TokenStream, number: number): number {
  let unit = number + 1;
  if (stream.isPunct(unit, '–', '-') && stream.at(unit + 1)?.kind === 'number') unit += 2;
  const word = stream.at(unit)?.lower ?? '';
  if (MEASURED.has(word)) return unit + 1;
  // `150 x 10^9/l`: a count of cells per litre.
  if ((word === 'x' || word === '×') && stream.at(unit + 1)?.text === '10' && stream.isPunct(unit + 2, '^')) return unit + 6;
  if (!MEASURED_PER.has(word) || !stream.isPunct(unit + 1, '/')) return -1;
  // `ml/min`, `ml/min/1,73 m2`: the unit's parts after each slash.
  let end = unit + 1;
  while (stream.isPunct(end, '/') && stream.at(end + 1)?.kind === 'word') end += 2;
  return end;
}

/** What each kind of condition means for the dose, in both languages. */
const MESSAGES: Record<Condition['kind'], (words: string, amount: string) => LocalizedText> = {
  times: (words, amount) => ({
    en: `\`${words}\` gives dose \`${amount}\` more than once, at times no dose field can hold; it is published as one dose`,
    sv: `\`${words}\` ger dosen \`${amount}\` mer än en gång, vid tidpunkter som inget dosfält kan rymma; den publiceras som en dos`,
  }),
  'as-needed': (words, amount) => ({
    en: `\`${words}\` gives dose \`${amount}\` as needed, which no dose field can mark; it is published as a regular dose`,
    sv: `\`${words}\` ger dosen \`${amount}\` vid behov, vilket inget dosfält kan markera; den publiceras som en regelbunden dos`,
  }),
  condition: (words, amount) => ({
    en: `\`${words}\` sets a condition for dose \`${amount}\`, which no dose field can hold; the dose is published without it and reads as the usual dose`,
    sv: `\`${words}\` är ett villkor för dosen \`${amount}\`, som inget dosfält kan rymma; dosen publiceras utan villkoret och ser ut som den vanliga dosen`,
  }),
};

function finding(stream: TokenStream, draft: Draft, condition: Condition): DoseDiagnostic {
  return {
    ruleId: 'dose-partial-reading',
    message: MESSAGES[condition.kind](stream.textOf(condition.first, condition.next), formatAmountText(draft.dose)),
    start: stream.startOf(condition.first),
    end: stream.endOf(condition.next - 1),
  };
}
