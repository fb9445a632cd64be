import type { Element } from '../grammar/scan-elements.js';
import type { LimitKind } from '../grammar/read-limit.js';
import type { PremedicationCue } from '../grammar/read-cues.js';
import type { Draft } from './draft.js';
import type { ElementOf, Mention } from './mention.js';

/** What the statement assembler knows about the sentence it is in; all of it ends with the sentence. */
export interface SentenceState {
  /** Token index where the sentence starts. */
  first: number;
  /** The drug or regimen named most recently. */
  mention: Mention | null;
  /** The names found in the sentence, whose words are never misspellings. */
  mentions: Element[];
  /** The statement that trailing modifiers attach to. */
  open: Draft | null;
  lastInSentence: Draft | null;
  /** Modifiers written before the name or amount they belong to. */
  preRoute: ElementOf<'route'> | null;
  preSchedule: ElementOf<'schedule'> | null;
  preCycles: ElementOf<'cycles'> | null;
  /** `Doxorubicin dag 1 60 mg/m2`: days between a name and its amount. */
  preDays: ElementOf<'cycle-days'> | null;
  /** `Dag 1:` heading the sentence: the days of every dose in it that states none. */
  days: ElementOf<'cycle-days'> | null;
  /** `Cykel 1–4:` heading the sentence: the cycles of every dose in it. */
  cycles: ElementOf<'cycles'> | null;
  /** `Doser över`: the amount right after it is a threshold. */
  thresholdNext: number;
  /** `motsvarar`: amounts starting before this token are one side of a conversion, not doses. */
  conversionUntil: number;
  /** `schemat för`: a drug right after it, and its amount, name a regimen. */
  nameCueNext: number;
  /** `maxdos`: amounts after it in the sentence are limits, until another drug is named. */
  limitCue: LimitKind | null;
  /** `kroppsyta` after a statement: a flat amount right after it is the table's maximum dose. */
  basis: { draft: Draft; next: number } | null;
  /** `laddningsdos`, `underhållsdos`: the phase of the next amount. */
  phaseCue: { kind: 'loading' | 'maintenance'; next: number } | null;
  /** `peg-filgrastim`: a word holding a known name, which may be another drug than the mention. */
  compound: ElementOf<'compound'> | null;
  /** The sentence names premedication, or a drug given before the treatment. */
  premedicationCue: PremedicationCue | null;
  /** `innehåller`, `styrkeangivelse`: flat masses after this token in the clause are product content. */
  contentFrom: number;
  /** `4 mg i 100 ml NaCl 9 mg/ml`: the token after the diluents of the open dose (-1: none). */
  diluentNext: number;
  /** `160 mg enzalutamid (fyra 40 mg kapslar)`: the token after the last strength in a bracket that says what the open dose is made of (-1: none). */
  asideNext: number;
  /** `2,5 mg (0,25 ml)`: the token after a bracket that restates the last amount; amounts before it are no doses. */
  restatedUntil: number;
  /** `intox`, `överdosering`: the sentence reports an overdose. */
  overdose: boolean;
  /** `löses i`, `stamlösning`: the sentence prepares a vial. */
  preparation: boolean;
  /** `ges`, `doseras`, `rekommenderad dos`: the sentence gives a dose. */
  dosingCue: boolean;
  /** `500 mg bosutinib`: a name right after an amount, already given to it. */
  nameAfterAmount: { element: ElementOf<'mention'>; mention: Mention } | null;
}

/** The state at the start of a sentence that starts at token `first`. */
export function freshSentence(first: number): SentenceState {
  return {
    first,
    mention: null,
    mentions: [],
    open: null,
    lastInSentence: null,
    preRoute: null,
    preSchedule: null,
    preCycles: null,
    preDays: null,
    days: null,
    cycles: null,
    thresholdNext: -1,
    conversionUntil: -1,
    nameCueNext: -1,
    limitCue: null,
    basis: null,
    phaseCue: null,
    compound: null,
    premedicationCue: null,
    nameAfterAmount: null,
    contentFrom: -1,
    restatedUntil: -1,
    diluentNext: -1,
    asideNext: -1,
    overdose: false,
    preparation: false,
    dosingCue: false,
  };
}
