import type { DoseDiagnostic } from '../dose-types.js';
import { doseKindProblem } from '../check/dose-kind-problem.js';
import { doseRangeProblem } from '../check/dose-range-problem.js';
import { hasInnEnding, isFunctionWord, looksLikeDrugName } from '../check/looks-like-drug-name.js';
import { scanElements, type Element } from '../grammar/scan-elements.js';
import { TokenStream } from '../grammar/token-stream.js';
import type { DrugEntry } from '../lexicon/lexicon-types.js';
import type { NameIndex } from '../lexicon/name-index.js';
import type { PremedicationCue } from '../grammar/read-cues.js';
import type { NearNames } from '../lexicon/near-names.js';
import { tokenize } from '../scan/tokenize.js';
import type { WorkCounter } from '../scan/work-counter.js';
import type { Draft } from './draft.js';
import { drugRoleOf } from './drug-role.js';
import { isApproximator, isDosageForm, isDoseNoun, isPopulationWord, wordBlockingInheritance } from './inheritance-blocker.js';

/** The one drug a heading names, with the span of its name in the heading text. */
export interface HeadingDrug {
  entry: DrugEntry;
  text: string;
  start: number;
  end: number;
  /**
   * Where the name stands: which of the headings given names it (0: the nearest), or which earlier
   * sentence: one of `earlierSentences` (0: the nearest), null for a sentence of the text itself.
   */
  from: { heading: number } | { sentence: number | null };
  /**
   * Lower-case words the heading gives as other names of its drug: the capitalised words before a
   * drug name in parentheses, as product information titles name a product (`Paxene 6 mg/ml
   * koncentrat (paklitaxel)`, `Ocrevus (okrelizumab)`). In a sentence under the heading they are
   * that drug, not another one.
   */
  aliases: ReadonlySet<string>;
}

/**
 * The drug of a heading (`Kapecitabin`, `Basfakta: Ondansetron intravenös injektion`): the one
 * lexicon drug it names. A heading that names two or more different drugs gives `several`, one
 * that names none `none`. Also reads an earlier sentence of the paragraph (`regimen: 'several'`).
 */
export function headingDrug(heading: string, names: NameIndex, work: WorkCounter, regimen: 'pass' | 'several' = 'pass'): HeadingDrug | 'none' | 'several' {
  const stream = new TokenStream(tokenize(heading, work), work);
  return drugNamedIn(stream, scanElements(stream, names), heading, { first: 0, next: stream.tokens.length }, regimen);
}

/**
 * The one drug that the elements within tokens `[span.first, span.next)` name (a heading, an
 * earlier sentence of the same text), with the span of its name in `text`; `several` when they
 * name two different drugs or a compound, `none` when they name no drug. A regimen's name is
 * passed over in a heading (`Karboplatin (KarPak)`) and is `several` in a sentence (`regimen`).
 */
export function drugNamedIn(
  stream: TokenStream,
  elements: readonly Element[],
  text: string,
  span: { first: number; next: number },
  regimen: 'pass' | 'several',
): HeadingDrug | 'none' | 'several' {
  let found: HeadingDrug | null = null;
  for (const element of elements) {
    if (element.first < span.first || element.next > span.next) continue;
    // `Trastuzumab sc-Pertuzumab`: a name glued to another word may be a second drug.
    if (element.kind === 'compound') return 'several';
    if (element.kind !== 'mention') continue;
    if (element.entry.kind !== 'drug') {
      if (regimen === 'several') return 'several';
      continue;
    }
    if (found !== null && found.entry !== element.entry) return 'several';
    const start = stream.startOf(element.first);
    const end = stream.endOf(element.next - 1);
    found ??= { entry: element.entry, text: text.slice(start, end), start, end, from: { heading: 0 }, aliases: new Set() };
    if (stream.isPunct(element.first - 1, '(') && stream.isPunct(element.next, ')')) found = { ...found, aliases: productNames(stream, span.first, element.first - 1) };
  }
  return found ?? 'none';
}

/** The capitalised words from `first` to the parenthesis at `before`, five letters or more. */
function productNames(stream: TokenStream, first: number, before: number): Set<string> {
  const names = new Set<string>();
  for (let index = first; index < before; index++) {
    const token = stream.at(index);
    if (token?.kind !== 'word' || token.text.length < 5) continue;
    const first = token.text.charAt(0);
    if (first !== first.toLowerCase()) names.add(token.lower);
  }
  return names;
}

/**
 * Gives the drug of the context (a heading, an earlier sentence) to each dose that was reported
 * `dose-without-drug`, when the amount is of a kind the lexicon gives the drug in and within one of its plausible ranges, and its sentence
 * holds no word that could be another drug (an INN ending, a near-miss of a lexicon name, a
 * capitalised word inside the sentence or right before the amount, outside any read element, or
 * any other word in the drug position that is not a function word or a dose noun, as in
 * `inheritance-blocker.ts`).
 * The finding of such a dose is dropped: it has a drug, derived from its context, and
 * `drugFromHeading` or `drugFromSentence` says where. Returns the findings resolved.
 */
export function giveHeadingDrug(
  drug: HeadingDrug,
  withoutDrug: ReadonlyMap<Draft, DoseDiagnostic>,
  sentenceSpans: readonly { first: number; next: number }[],
  stream: TokenStream,
  near: NearNames,
  inElement: Uint8Array,
  premedicationSentences: ReadonlyMap<number, PremedicationCue>,
  dosingSentences: ReadonlySet<number>,
): Set<DoseDiagnostic> {
  const resolved = new Set<DoseDiagnostic>();
  for (const [draft, finding] of withoutDrug) {
    const sentence = sentenceSpans[draft.sentence];
    if (sentence === undefined || !hasDoseCue(draft, dosingSentences, stream, sentence.first)) continue;
    // The heading's own names of its drug (`Paxene`) are marked as read: they name no other drug.
    const read = withAliasesRead(stream, inElement, sentence, drug.aliases);
    if (hasDrugLikeWord(stream, sentence.first, sentence.next, near, read)) continue;
    if (capitalisedBefore(stream, read, draft.amountFirst, sentence.first)) continue;
    // `Därefter irinotekan 180 mg/m2` under a heading naming another drug: an unknown word in the drug position.
    if (wordInDrugPosition(stream, read, sentence.first, draft.amountFirst)) continue;
    // A derived drug must fit what the lexicon knows of it: an amount in another kind, or outside
    // every plausible range, is more likely something else (an excipient, a strength, a toxic dose).
    if (draft.dose.amount === null || doseKindProblem(draft.dose, drug.entry) !== null || doseRangeProblem(draft.dose, drug.entry) !== null) continue;
    const dose = draft.dose;
    dose.drug = drug.entry.id;
    dose.drugText = drug.text;
    if ('heading' in drug.from) dose.drugFromHeading = { start: drug.start, end: drug.end, heading: drug.from.heading };
    else dose.drugFromSentence = { start: drug.start, end: drug.end, sentence: drug.from.sentence };
    draft.drugEntry = drug.entry;
    dose.drugRole = drugRoleOf(draft, premedicationSentences.get(draft.sentence) ?? null);
    resolved.add(finding);
  }
  return resolved;
}

/**
 * An unknown word in the drug position of an amount (`wordBlockingInheritance`), looking past a
 * word for a dosage form (`Ett implantat 3,6 mg`): the form of the heading drug names no other.
 */
function wordInDrugPosition(stream: TokenStream, read: Uint8Array, sentenceFirst: number, amountFirst: number): boolean {
  let blocking = wordBlockingInheritance(stream, read, sentenceFirst, amountFirst);
  while (blocking !== -1) {
    const clause = conditionClauseEndingAt(stream, sentenceFirst, blocking);
    if (clause === -1 && !isDosageForm(stream.at(blocking)?.lower ?? '')) return true;
    blocking = wordBlockingInheritance(stream, read, sentenceFirst, clause === -1 ? blocking : clause);
  }
  return false;
}

/** Words a label before a colon has at most when it names a drug (`Zoledronsyra Accord 4 mg/5 ml:`). */
const LONGEST_LABEL = 3;

/**
 * `För de som inte står på opioider tidigare: 2,5-5 mg`: the word at `last` ends, before a colon, a
 * clause that says for whom the dose is, longer than a label and holding a function word. Returns
 * the clause's first token, or -1.
 */
function conditionClauseEndingAt(stream: TokenStream, sentenceFirst: number, last: number): number {
  if (!stream.isPunct(last + 1, ':')) return -1;
  let words = 0;
  let functionWord = false;
  let index = last;
  for (; index >= sentenceFirst && stream.at(index)?.kind === 'word'; index--) {
    words++;
    functionWord ||= isFunctionWord(stream.at(index)?.lower ?? '');
  }
  return words > LONGEST_LABEL && functionWord ? index + 1 : -1;
}

/** `inElement` with the words of `aliases` in the sentence marked 2 (1 marks a read element); the same array when there are none. */
function withAliasesRead(stream: TokenStream, inElement: Uint8Array, sentence: { first: number; next: number }, aliases: ReadonlySet<string>): Uint8Array {
  if (aliases.size === 0) return inElement;
  const read = inElement.slice();
  for (let index = sentence.first; index < sentence.next; index++) if (aliases.has(stream.at(index)?.lower ?? '')) read[index] = 2;
  return read;
}

/**
 * A word of the sentence that may be a drug. A capitalised word after a route that ends in a full
 * stop (`4 mg i.v. Upprepas ej.`) starts a sentence: the route's full stop also ended the one before.
 * A word for a dosage form (`implantat`, `Tablett`) names none.
 */
function hasDrugLikeWord(stream: TokenStream, first: number, next: number, near: NearNames, inElement: Uint8Array): boolean {
  for (let index = first; index < next; index++) {
    const token = stream.at(index);
    if (token === undefined || token.kind !== 'word' || inElement[index] === 2 || isDoseNoun(token.lower) || isPopulationWord(token.lower) || isDosageForm(token.lower)) continue;
    if (hasInnEnding(token) || near.nearest(token.text) !== null) return true;
    // A capital inside a read element is the element's own (`Dag 1-14`, `Tabletter`), not a name.
    if (inElement[index] === 1) continue;
    const startsSentence = index === first || (inElement[index - 1] === 1 && stream.isPunct(index - 1, '.'));
    if (looksLikeDrugName(token, startsSentence)) return true;
  }
  return false;
}

/**
 * `Paracetamol 1 gram`: a capitalised word in the drug position, even at the start of a sentence.
 * A word that makes the amount approximate (`Barn: Ca 3 mg/kg`) is looked past; a function word
 * (`En tablett 2,5 mg`) is no name.
 */
function capitalisedBefore(stream: TokenStream, inElement: Uint8Array, amountFirst: number, sentenceFirst: number): boolean {
  for (let index = amountFirst - 1; index >= sentenceFirst; index--) {
    if (inElement[index] !== 0) continue;
    const token = stream.at(index);
    if (token === undefined || token.kind !== 'word') return false;
    if (isApproximator(token.lower)) continue;
    const first = token.text.charAt(0);
    return first !== first.toLowerCase() && !isDoseNoun(token.lower) && !isPopulationWord(token.lower) && !isFunctionWord(token.lower);
  }
  return false;
}

/** How far before an amount a population word or a noun for a dose is looked for. */
const CUE_LOOK_BACK = 8;

/**
 * A drug taken from the heading is weak evidence; the sentence must also say that a dose is given:
 * a route, a schedule, days of a cycle, times per day, a phase, a dosing word (`ges`, `ge`,
 * `doseras`, `rekommenderad dos`, `Dos:`), or, shortly before the amount, who it is for or a noun
 * for a dose, as the dosing tables of handbooks write it (`Vuxna samt barn > 50 kg: 10 mg`,
 * `Barn: Totaldos 0,1 mg/kg`), or right after it a dose noun the amount is said to be (`150 mg är
 * startdos`). A target AUC is a dose by its kind (`5-7 mg/ml.min monoterapi`: no
 * tablet or vial contains an AUC). `>60 ml/min 4,0 mg` and `Tabletten ger 5 mg …` give none.
 */
function hasDoseCue(draft: Draft, dosingSentences: ReadonlySet<number>, stream: TokenStream, sentenceFirst: number): boolean {
  const dose = draft.dose;
  const scheduled = dose.route !== null || dose.intervalDays !== null || dose.days !== null || dose.timesPerDay !== null || dose.cycles !== null;
  if (scheduled || dose.phaseKind !== null || dose.doseKind === 'auc' || dosingSentences.has(draft.sentence)) return true;
  for (let index = draft.amountFirst - 1; index >= Math.max(sentenceFirst, draft.amountFirst - CUE_LOOK_BACK); index--) {
    const token = stream.at(index);
    if (token?.kind === 'word' && (isPopulationWord(token.lower) || isDoseNoun(token.lower))) return true;
  }
  return namedDoseAfter(stream, draft.amountNext);
}

/** Words between `är` and the dose noun it names (`är den rekommenderade dosen`). */
const NAMED_DOSE_REACH = 3;

/** `150 mg är startdos`, `200 mg utgör den rekommenderade dosen`: the amount is named a dose right after it. */
function namedDoseAfter(stream: TokenStream, at: number): boolean {
  if (!stream.isWord(at, ['är', 'utgör', 'blir'])) return false;
  for (let index = at + 1; index <= at + NAMED_DOSE_REACH; index++) {
    const token = stream.at(index);
    if (token?.kind !== 'word') return false;
    if (isDoseNoun(token.lower)) return true;
  }
  return false;
}
