import type { DoseDiagnostic, ParsedDose } from './dose-types.js';
import { doseKindProblem } from './check/dose-kind-problem.js';
import { doseRangeProblem } from './check/dose-range-problem.js';
import { scanElements, type Element } from './grammar/scan-elements.js';
import { TokenStream } from './grammar/token-stream.js';
import type { DrugEntry, DrugLexicon, RegimenEntry } from './lexicon/lexicon-types.js';
import { buildNameIndex, type NameIndex } from './lexicon/name-index.js';
import { buildNearNames, type NearNames } from './lexicon/near-names.js';
import type { SubstanceIndex } from './lexicon/substance-index.js';
import { tokenize } from './scan/tokenize.js';
import { createWorkCounter, type WorkCounter } from './scan/work-counter.js';
import { StatementAssembler } from './statements/assemble-statements.js';
import { finishDraft, numberPhases } from './statements/draft.js';
import { orphanScheduleFindings } from './statements/orphan-schedule.js';
import { adjustedDoseFindings } from './statements/adjusted-dose.js';
import { doseConditions } from './statements/dose-condition.js';
import { clauses, partialReadings } from './statements/partial-reading.js';
import { unreadModifierFindings } from './statements/unread-modifier.js';
import { earlierSentencesDrug, SENTENCES_LOOKED_BACK, type EarlierSentence } from './statements/context-drug.js';
import { boneAgentRoles } from './statements/bone-agent-role.js';
import { giveHeadingDrug, headingDrug, type HeadingDrug } from './statements/heading-drug.js';

export interface ParseDosesOptions {
  /** Check amounts against the lexicon's plausible ranges (`dose-range`); default true. */
  checkRanges?: boolean;
  /** Check that the drug is given in the dose's kind (`unit-kind`); default true. */
  checkKinds?: boolean;
  /** Receives the work done, for tests that assert linear time. */
  work?: WorkCounter;
  /**
   * The heading (or page title) above the text, or the headings of the sections it stands in,
   * nearest first. A dose whose sentence names no drug and holds no word that could be one gets
   * the drug of the nearest heading that names any drug, when that heading names exactly one
   * (`drugFromHeading` gives which heading and the span of the name in it); otherwise
   * `dose-without-drug`. A heading that names no drug (`Dosering`) passes the question on to the
   * one above it; a heading that names two decides that no drug is given.
   */
  heading?: string | readonly string[];
  /**
   * The sentences of the paragraph before the text, nearest first. A dose whose sentence names no
   * drug looks first at the sentences before it (in the text, then these), at most
   * `SENTENCES_LOOKED_BACK` of them: the nearest that names any drug decides (not a substance only
   * of the ATC index, nor past a sentence that gives a dose to an unknown name), with the same
   * guards as a heading's drug (`drugFromSentence` says where). Only when none names a drug do
   * the headings decide.
   */
  earlierSentences?: readonly string[];
}

export interface ParseDosesResult {
  doses: ParsedDose[];
  diagnostics: DoseDiagnostic[];
}

interface LexiconIndex { names: NameIndex; near: NearNames; headings: Map<string, HeadingDrug | 'none' | 'several'> }

/** How many headings' drugs are kept per lexicon: the headings above the sentences being read. */
const KEPT_HEADINGS = 64;

/**
 * Name indexes are built once per drug list and regimen content (thousands of names with the
 * substance index): a caller that builds a new lexicon object around the same drugs, as every
 * graph build does, reuses them. The drugs of the last headings are kept, as sentences of a section share them.
 */
const indexes = new WeakMap<readonly DrugEntry[], { regimens: string; substances: SubstanceIndex | null; index: LexiconIndex }>();

/** The regimens' content as a key, worked out once per list (parseDoses runs once per sentence). */
const regimenKeys = new WeakMap<readonly RegimenEntry[], string>();

function indexOf(lexicon: DrugLexicon): LexiconIndex {
  let regimens = regimenKeys.get(lexicon.regimens);
  if (regimens === undefined) {
    regimens = JSON.stringify(lexicon.regimens);
    regimenKeys.set(lexicon.regimens, regimens);
  }
  const kept = indexes.get(lexicon.drugs);
  const substances = lexicon.substances ?? null;
  if (kept !== undefined && kept.regimens === regimens && kept.substances === substances) return kept.index;
  const index: LexiconIndex = { names: buildNameIndex(lexicon), near: buildNearNames(lexicon), headings: new Map() };
  indexes.set(lexicon.drugs, { regimens, substances, index });
  return index;
}

/**
 * Reads every dose statement in a piece of prose (a sentence or a paragraph; Swedish or
 * English) and normalises it. Positions are 0-based offsets into `text`. A drug named earlier
 * in the same sentence carries over to a later amount without a name. Citation groups
 * (`[@175]`) and glued citation numbers (`1 000 mg/dag 175.`) are not doses.
 *
 * Never throws on content: an unknown drug next to a dose, a unit the drug is never given in
 * and an implausible amount are returned as diagnostics.
 */
export function parseDoses(text: string, lexicon: DrugLexicon, options: ParseDosesOptions = {}): ParseDosesResult {
  const work = options.work ?? createWorkCounter();
  const index = indexOf(lexicon);
  const stream = new TokenStream(tokenize(text, work), work);
  const elements = scanElements(stream, index.names);
  const nearestHeading = typeof options.heading === 'string' ? options.heading : options.heading?.[0];
  const assembler = new StatementAssembler(text, stream, elements, index.near, nearestHeading);
  assembler.run();
  const earlier = earlierReadings(options.earlierSentences ?? [], lexicon, index, work);
  const resolved = giveContextDrugs(assembler, stream, elements, text, options, earlier, index, work);
  const boneRoles = boneAgentRoles(assembler.drafts, text, stream, assembler.sentenceSpans, options.heading);
  numberPhases(assembler.drafts);
  const checks: DoseDiagnostic[] = [];
  const doses = assembler.drafts.map((draft) => {
    const dose = finishDraft(draft, stream, text);
    if (draft.drugEntry !== null && dose.amount !== null) {
      const problem =
        (options.checkKinds === false ? null : doseKindProblem(dose, draft.drugEntry)) ??
        (options.checkRanges === false ? null : doseRangeProblem(dose, draft.drugEntry));
      if (problem !== null) {
        const start = stream.startOf(draft.amountFirst);
        const end = stream.endOf(draft.amountNext - 1);
        checks.push({ ...problem, start, end });
      }
    }
    return dose;
  });
  const drugNames = elements.filter((element) => element.kind === 'mention' && element.entry.kind === 'drug');
  // Clauses (ended by a sentence end or `;`), found once for the three checks that look at them.
  const clauseSpans = clauses(stream, assembler.sentenceEnds);
  const conditions = doseConditions(stream, assembler.drafts, assembler.sentenceEnds, clauseSpans);
  const read = conditions.spans.length === 0 ? assembler.read : [...assembler.read, ...conditions.spans];
  const aboutWords = mergeByStart(conditions.findings, adjustedDoseFindings(stream, assembler.drafts));
  const leftovers = mergeByStart(aboutWords, partialReadings(stream, assembler.drafts, read, clauseSpans, drugNames, assembler.inElement));
  const all = mergeByStart(leftovers, assembler.diagnostics);
  const unread = unreadModifierFindings(stream, assembler.drafts, elements, assembler.taken, clauseSpans, { aboutWords, all });
  const partial = unread.length === 0 ? leftovers : mergeByStart(leftovers, unread);
  const grammar = resolved.size === 0 ? assembler.diagnostics : assembler.diagnostics.filter((finding) => !resolved.has(finding));
  const orphans = orphanScheduleFindings(text, stream, elements, assembler.sentenceSpans, new Set(assembler.drafts.map((draft) => draft.sentence)), assembler.namingSentences, (sentence) =>
    hasDoseBefore(sentence, assembler.drafts, earlier),
  );
  const found = mergeByStart(mergeByStart(orphans.length === 0 ? grammar : mergeByStart(grammar, orphans), checks), boneRoles);
  return { doses, diagnostics: partial.length === 0 ? found : mergeByStart(found, partial) };
}

/** Whether one of the `SENTENCES_LOOKED_BACK` sentences before sentence `sentence` (in the text, then `earlier()`) gives a dose with an amount. */
function hasDoseBefore(sentence: number, drafts: readonly { sentence: number; dose: ParsedDose }[], earlier: () => readonly EarlierSentence[]): boolean {
  if (drafts.some((draft) => draft.sentence < sentence && draft.sentence >= sentence - SENTENCES_LOOKED_BACK && draft.dose.amount !== null)) return true;
  return sentence < SENTENCES_LOOKED_BACK && earlier().slice(0, SENTENCES_LOOKED_BACK - sentence).some((before) => before.givesDose);
}

/**
 * The paragraph's sentences before the text (at most `SENTENCES_LOOKED_BACK`), each read alone as
 * the parser read it: the drug it names and what doses it gives. Read once, and only when asked.
 */
function earlierReadings(sentences: readonly string[], lexicon: DrugLexicon, index: LexiconIndex, work: WorkCounter): () => readonly EarlierSentence[] {
  let read: EarlierSentence[] | undefined;
  return () =>
    (read ??= sentences.slice(0, SENTENCES_LOOKED_BACK).map((sentence) => {
      const { doses } = parseDoses(sentence, lexicon, { checkKinds: false, checkRanges: false });
      return {
        drug: headingDrug(sentence, index.names, work, 'several'),
        text: sentence,
        // A dose with no drug there has a drug of its own, unknown.
        druglessDose: doses.some((dose) => dose.drug === null && dose.amount !== null),
        givesDose: doses.some((dose) => dose.amount !== null),
      };
    }));
}

/** Merges two lists already in source order (a linear merge, not a sort). */
function mergeByStart(a: readonly DoseDiagnostic[], b: readonly DoseDiagnostic[]): DoseDiagnostic[] {
  const merged: DoseDiagnostic[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const left = a[i];
    const right = b[j];
    if (right === undefined || (left !== undefined && left.start <= right.start)) {
      if (left !== undefined) merged.push(left);
      i++;
    } else {
      merged.push(right);
      j++;
    }
  }
  return merged;
}

/**
 * Gives each dose reported `dose-without-drug`, in a sentence that names no drug or regimen, the
 * drug of its context: an earlier sentence (`earlierSentencesDrug`), else the nearest heading that
 * names one. Returns the findings so resolved.
 */
function giveContextDrugs(
  assembler: StatementAssembler,
  stream: TokenStream,
  elements: readonly Element[],
  text: string,
  options: ParseDosesOptions,
  earlier: () => readonly EarlierSentence[],
  index: LexiconIndex,
  work: WorkCounter,
): Set<DoseDiagnostic> {
  const resolved = new Set<DoseDiagnostic>();
  const drugless = [...assembler.withoutDrug].filter(([draft]) => !assembler.namingSentences.has(draft.sentence));
  if (drugless.length === 0) return resolved;
  let fromHeading: HeadingDrug | null | undefined;
  // Sentences whose dose stays without a drug, as the drafts are resolved in reading order: a dose
  // given its drug from the heading does not stop the next sentence from asking past it.
  const druglessSentences = new Set([...assembler.withoutDrug.keys()].filter((draft) => assembler.namingSentences.has(draft.sentence)).map((draft) => draft.sentence));
  for (const [draft, finding] of drugless) {
    const fromSentence = earlierSentencesDrug(draft.sentence, assembler.sentenceSpans, stream, elements, text, druglessSentences, earlier);
    // A substance only of the ATC index has no dose kind or range to guard what it is given in
    // (`Mannitol 20 g ges före. Dosen är 75 mg/m2.` is more likely another drug's dose), and a
    // diluent (`Natriumklorid 9 mg/ml 1000 ml ges före.`) carries, it takes no dose.
    if (fromSentence === 'several' || (fromSentence !== 'none' && (fromSentence.entry.tier === 'atc-index' || fromSentence.entry.role === 'diluent'))) {
      druglessSentences.add(draft.sentence);
      continue;
    }
    const drug = fromSentence !== 'none' ? fromSentence : (fromHeading ??= options.heading === undefined ? null : drugOfHeading(options.heading, index, work));
    if (drug === null) {
      druglessSentences.add(draft.sentence);
      continue;
    }
    const given = giveHeadingDrug(
      drug,
      new Map([[draft, finding]]),
      assembler.sentenceSpans,
      stream,
      index.near,
      assembler.inElement,
      assembler.premedicationSentences,
      assembler.dosingSentences,
    );
    for (const each of given) resolved.add(each);
    if (given.size === 0) druglessSentences.add(draft.sentence);
  }
  return resolved;
}

/** The drug of the nearest heading that names any, when it names exactly one. */
function drugOfHeading(headings: string | readonly string[], index: LexiconIndex, work: WorkCounter): HeadingDrug | null {
  const list = typeof headings === 'string' ? [headings] : headings;
  for (const [level, heading] of list.entries()) {
    const found = drugOfOneHeading(heading, index, work);
    if (found === 'several') return null;
    if (found !== 'none') return level === 0 ? found : { ...found, from: { heading: level } };
  }
  return null;
}

/** The drug of one heading; the last headings' answers are kept, as sentences of a section share them. */
function drugOfOneHeading(heading: string, index: LexiconIndex, work: WorkCounter): HeadingDrug | 'none' | 'several' {
  let found = index.headings.get(heading);
  if (found === undefined) {
    found = headingDrug(heading, index.names, work);
    if (index.headings.size >= KEPT_HEADINGS) index.headings.clear();
    index.headings.set(heading, found);
  }
  return found;
}
