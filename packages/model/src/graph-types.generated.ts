/* Generated from src/schema/graph.schema.json by scripts/generate-types.mjs. Do not edit by hand. */
import type {
  Derived,
  Field,
  NotStated,
  Point as SharedPoint,
  Source as SharedSource,
  Stated
} from '@guideline-as-code/types';

/**
 * Any node of the graph; the type property says which.
 *
 * This interface was referenced by `KnowledgeGraph`'s JSON-Schema
 * via the `definition` "node".
 */
export type GraphNode =
  | GuidelineNode
  | SectionNode
  | RecommendationNode
  | StatementNode
  | CitationNode
  | ReferenceNode
  | TrialNode
  | DrugNode
  | ConditionNode
  | MentionNode
  | CrossReferenceNode
  | DoseStatementNode
  | RegimenNode
  | RegimenComponentNode
  | RuleNode;
/**
 * A stable id: the node type, a colon, and a key that is unique for that type within the guideline.
 *
 * This interface was referenced by `KnowledgeGraph`'s JSON-Schema
 * via the `definition` "nodeId".
 */
export type NodeId = string;
/**
 * Where something comes from: the file (relative to the project root, with forward slashes) and the span in it, end exclusive. The one span shape of the toolchain (`Source` of @guideline-as-code/types).
 *
 * This interface was referenced by `KnowledgeGraph`'s JSON-Schema
 * via the `definition` "source".
 */
export type Source = SharedSource;
/**
 * Where something comes from: the file (relative to the project root, with forward slashes) and the span in it, end exclusive. The one span shape of the toolchain (`Source` of @guideline-as-code/types).
 */
export type Source1 = SharedSource;
/**
 * Where something comes from: the file (relative to the project root, with forward slashes) and the span in it, end exclusive. The one span shape of the toolchain (`Source` of @guideline-as-code/types).
 */
export type Source2 = SharedSource;
/**
 * Unit of an amount. mg, mg/m2, mg/kg, Gy and mg/mL.min ((mg/mL)·min, the unit of a target AUC) are UCUM codes. MU and MU/kg are million international units, whose UCUM codes are 10*6.[iU] and 10*6.[iU]/kg (UCUM's own `MU` would be a mega enzyme unit); they are never converted to a mass.
 *
 * This interface was referenced by `KnowledgeGraph`'s JSON-Schema
 * via the `definition` "doseUnit".
 */
export type DoseUnit = 'mg' | 'mg/m2' | 'mg/kg' | 'mg/mL.min' | 'Gy' | 'MU' | 'MU/kg';
/**
 * How an amount is scaled to the patient: flat (mg), body-surface (mg/m2), weight (mg/kg), auc (carboplatin target AUC, mg/mL.min), radiation (Gy), units (a flat amount in million international units, MU), units-per-weight (MU/kg).
 *
 * This interface was referenced by `KnowledgeGraph`'s JSON-Schema
 * via the `definition` "doseKind".
 */
export type DoseKind = 'flat' | 'body-surface' | 'weight' | 'auc' | 'radiation' | 'units' | 'units-per-weight';
/**
 * Route of administration: iv (intravenous), po (oral), sc, im, ip (intraperitoneal).
 *
 * This interface was referenced by `KnowledgeGraph`'s JSON-Schema
 * via the `definition` "route".
 */
export type Route = 'iv' | 'po' | 'sc' | 'im' | 'ip';
/**
 * A condition over patient facts, in the condition language’s JSON form.
 *
 * This interface was referenced by `KnowledgeGraph`'s JSON-Schema
 * via the `definition` "condition".
 */
export type Condition =
  | {
      op: 'always';
    }
  | {
      op: 'and' | 'or';
      args: Condition[];
    }
  | {
      op: 'not';
      arg: Condition;
    }
  | {
      op: 'is';
      fact: string;
      value: string | number | boolean;
    }
  | {
      op: 'oneOf';
      fact: string;
      values: (string | number | boolean)[];
    }
  | {
      op: 'compare';
      fact: string;
      comparator: '<' | '<=' | '>' | '>=';
      value: number;
    }
  | {
      op: 'unknown';
      fact: string;
    };
/**
 * A place in a source file: 1-based line and column, 0-based offset in UTF-16 code units.
 *
 * This interface was referenced by `KnowledgeGraph`'s JSON-Schema
 * via the `definition` "point".
 */
export type Point = SharedPoint;
/**
 * A value the source states, with the span that states it and the exact text of that span (`Stated<T>` of @guideline-as-code/types). A field narrows `value` next to its $ref.
 *
 * This interface was referenced by `KnowledgeGraph`'s JSON-Schema
 * via the `definition` "statedValue".
 */
export type StatedValue = Stated<unknown>;
/**
 * A value the source does not state (`NotStated` of @guideline-as-code/types): source and text are the place that says so (a cell reading "ej angivet"), or null where the text is silent.
 *
 * This interface was referenced by `KnowledgeGraph`'s JSON-Schema
 * via the `definition` "notStatedValue".
 */
export type NotStatedValue = NotStated;
/**
 * A value computed from stated ones (`Derived<T>` of @guideline-as-code/types): still not stated; derivation says how, source and text are the values it was computed from. A field narrows `derived` next to its $ref.
 *
 * This interface was referenced by `KnowledgeGraph`'s JSON-Schema
 * via the `definition` "derivedValue".
 */
export type DerivedValue = Derived<unknown>;
/**
 * The GRADE-style certainty of evidence printed after a recommendation: (+), (++) or (+++).
 *
 * This interface was referenced by `KnowledgeGraph`'s JSON-Schema
 * via the `definition` "evidenceGrade".
 */
export type EvidenceGrade = '+' | '++' | '+++';

/**
 * The knowledge graph of one guideline: typed nodes that each keep their source position, and typed edges between them.
 */
export interface KnowledgeGraph {
  /**
   * Version of this schema; bumped on breaking changes.
   */
  schemaVersion: 1;
  /**
   * Id of the guideline node this graph describes.
   */
  guideline: string;
  nodes: GraphNode[];
  edges: GraphEdge[];
}
/**
 * The guideline as a whole, from its metadata file.
 *
 * This interface was referenced by `KnowledgeGraph`'s JSON-Schema
 * via the `definition` "guidelineNode".
 */
export interface GuidelineNode {
  id: NodeId;
  type: 'guideline';
  source: Source;
  /**
   * The guideline's id, e.g. livmoderkroppscancer.
   */
  key: string;
  title: string;
  publisher: string;
  /**
   * ISO 639-1 language of the text.
   */
  language: string;
  /**
   * Edition or version of the guideline; null when the sources do not state it.
   */
  edition: string | null;
}
/**
 * A numbered section of a chapter (the chapter itself is the section with a one-part number).
 *
 * This interface was referenced by `KnowledgeGraph`'s JSON-Schema
 * via the `definition` "sectionNode".
 */
export interface SectionNode {
  id: NodeId;
  type: 'section';
  source: Source;
  /**
   * The section number as printed, e.g. 13.3.2.1.
   */
  number: string;
  /**
   * The heading text after the number.
   */
  title: string;
  /**
   * Number of parts in the section number.
   */
  depth: number;
  /**
   * Section numbers from the chapter down to this section, e.g. [13, 13.3, 13.3.2, 13.3.2.1].
   */
  path: string[];
}
/**
 * One bullet of a recommendation box, with its evidence grade where the text gives one.
 *
 * This interface was referenced by `KnowledgeGraph`'s JSON-Schema
 * via the `definition` "recommendationNode".
 */
export interface RecommendationNode {
  id: NodeId;
  type: 'recommendation';
  source: Source;
  /**
   * The bullet's prose: `value` is the text with citation groups removed; `source` and `text` are the exact span of the prose as written, citations and markup included (the bullet marker and any `::villkor` rule left out).
   */
  text: Stated<string>;
  /**
   * Evidence grade with the span of its mark, e.g. `(+++)`; not stated when the bullet has none.
   */
  grade: Field<EvidenceGrade>;
  /**
   * Every grade-like mark written in the bullet, e.g. (++++), kept so a rule can report one it does not know.
   */
  gradeText?: string;
  /**
   * Grade-like marks that are no evidence grade, e.g. (⊕⊕⊕), each with the span that writes it, so that a finding points at the mark; absent when there are none.
   */
  unknownGrades?: {
    mark: string;
    source: Source;
  }[];
  section: NodeId;
  /**
   * Position of the bullet in its box, from 1.
   */
  ordinal: number;
}
/**
 * One sentence of prose or of a recommendation.
 *
 * This interface was referenced by `KnowledgeGraph`'s JSON-Schema
 * via the `definition` "statementNode".
 */
export interface StatementNode {
  id: NodeId;
  type: 'statement';
  source: Source;
  /**
   * The sentence: `value` is the sentence with citation groups removed; `source` and `text` are its exact span as written, citations and markup included.
   */
  text: Stated<string>;
  section: NodeId;
  /**
   * Where the sentence stands: running prose, a recommendation bullet, or a table cell.
   */
  context: 'prose' | 'recommendation' | 'table';
  recommendation?: NodeId;
}
/**
 * One cited key inside a citation group such as [@83; @153].
 *
 * This interface was referenced by `KnowledgeGraph`'s JSON-Schema
 * via the `definition` "citationNode".
 */
export interface CitationNode {
  id: NodeId;
  type: 'citation';
  source: Source;
  /**
   * The citation key as written after @.
   */
  key: string;
}
/**
 * An entry of the guideline's reference list (CSL-JSON). Details the sources do not give are listed in notStated, never invented.
 *
 * This interface was referenced by `KnowledgeGraph`'s JSON-Schema
 * via the `definition` "referenceNode".
 */
export interface ReferenceNode {
  id: NodeId;
  type: 'reference';
  source: Source;
  key: string;
  /**
   * The citation number printed in the guideline.
   */
  number: number | null;
  /**
   * The CSL-JSON item as written in the references file.
   */
  csl: {};
  /**
   * CSL fields the sources do not give.
   */
  notStated: string[];
  /**
   * Each CSL field as the references file writes it, with the span of its YAML value.
   */
  fields: {[cslField: string]: Stated<unknown>};
}
/**
 * A clinical trial named in the text, with its registry id where the text gives one.
 *
 * This interface was referenced by `KnowledgeGraph`'s JSON-Schema
 * via the `definition` "trialNode".
 */
export interface TrialNode {
  id: NodeId;
  type: 'trial';
  source: Source;
  /**
   * The trial’s usual name: from the trial list, or the NCT id as the text writes it.
   */
  name: Stated<string>;
  aliases: string[];
  /**
   * ClinicalTrials.gov id, e.g. NCT04634877, with the place in the text that writes it; not stated when the text gives none.
   */
  nct: Field<string>;
}
/**
 * A drug from the lexicon that the guideline names (in prose, a dose statement or a regimen row).
 *
 * This interface was referenced by `KnowledgeGraph`'s JSON-Schema
 * via the `definition` "drugNode".
 */
export interface DrugNode {
  id: NodeId;
  type: 'drug';
  source: Source;
  /**
   * Lexicon id, e.g. doxorubicin-pegylated-liposomal.
   */
  key: string;
  /**
   * Swedish name, with the span of the lexicon value.
   */
  name: Stated<string>;
  /**
   * International non-proprietary name, with the span of the lexicon value.
   */
  inn: Stated<string>;
  /**
   * Current ATC code, with the span of the lexicon value; not stated when the lexicon leaves it out.
   */
  atc: Field<string>;
  /**
   * Spellings recognised in the text.
   */
  names: string[];
}
/**
 * A patient condition: one value of a declared patient fact, e.g. MMR status dMMR.
 *
 * This interface was referenced by `KnowledgeGraph`'s JSON-Schema
 * via the `definition` "conditionNode".
 */
export interface ConditionNode {
  id: NodeId;
  type: 'condition';
  source: Source;
  fact: string;
  value: string | boolean;
  label: string;
}
/**
 * A place in the text that names a drug, a condition or a trial.
 *
 * This interface was referenced by `KnowledgeGraph`'s JSON-Schema
 * via the `definition` "mentionNode".
 */
export interface MentionNode {
  id: NodeId;
  type: 'mention';
  source: Source;
  kind: 'drug' | 'condition' | 'trial';
  /**
   * The words as written.
   */
  text: string;
}
/**
 * A reference in prose to another section, e.g. avsnitt 13.3.2.1.
 *
 * This interface was referenced by `KnowledgeGraph`'s JSON-Schema
 * via the `definition` "crossReferenceNode".
 */
export interface CrossReferenceNode {
  id: NodeId;
  type: 'crossReference';
  source: Source;
  text: string;
  targetNumber: string;
}
/**
 * One dose as the text states it, normalised: drug, amount, UCUM unit, schedule, cycles, route, and the role of the sentence.
 *
 * This interface was referenced by `KnowledgeGraph`'s JSON-Schema
 * via the `definition` "doseStatementNode".
 */
export interface DoseStatementNode {
  id: NodeId;
  type: 'doseStatement';
  source: Source;
  /**
   * The exact source text of the dose.
   */
  text: string;
  statement: NodeId;
  /**
   * Whether the sentence recommends the dose, describes practice, or reports a trial arm.
   */
  role: 'recommendation' | 'practice' | 'trialArm';
  /**
   * For a trial arm: the trial the sentence (or its paragraph) names.
   */
  trial: NodeId | null;
  /**
   * The drug node, or null for radiotherapy, regimen-only or unknown drugs.
   */
  drug: NodeId | null;
  /**
   * The words that named the drug.
   */
  drugText: string | null;
  drugFromHeading?: Source1;
  drugFromSentence?: Source2;
  /**
   * INN of the drug (from the lexicon).
   */
  inn: string | null;
  /**
   * ATC code of the drug (from the lexicon).
   */
  atc: string | null;
  /**
   * The regimen the statement names (e.g. KarPak), if any.
   */
  regimen: NodeId | null;
  regimenText: string | null;
  /**
   * Amount per administration (for radiotherapy: per fraction); null when not stated.
   */
  amount: NumberRange | null;
  unit: DoseUnit | null;
  doseKind: DoseKind | null;
  /**
   * Days between administrations (21 for every 3 weeks, 1 for daily).
   */
  intervalDays: NumberRange | null;
  pause: SchedulePause | null;
  /**
   * Number of cycles.
   */
  cycles: OpenRange | null;
  /**
   * Position within a phased statement (… följt av …), from 1.
   */
  phase: number;
  phaseCount: number;
  maxDuration: Duration | null;
  route: Route | null;
  fractionation: Fractionation | null;
  /**
   * Amount per week in the statement’s own unit, allowing for pauses; null when not derivable.
   */
  intensityPerWeek: NumberRange | null;
  /**
   * Days of the cycle the drug is given on (dag 1 och 8; dag 1–5 is 1 to 5).
   */
  days: number[] | null;
  /**
   * Length of one cycle in days (28-dagarscykel; ny kur dag 22 is 21).
   */
  cycleLengthDays: number | null;
  /**
   * Administrations per day (x 2, två gånger dagligen); never a number of cycles.
   */
  timesPerDay: NumberRange | null;
  /**
   * Largest single administration (maxdos 2 mg); a limit, not a dose.
   */
  maxSingleDose: DoseLimit | null;
  /**
   * Largest total over the treatment (kumulativ dos … får inte överstiga 900 mg/m2); a limit, not a dose.
   */
  cumulativeMaxDose: DoseLimit | null;
  /**
   * loading for a loading dose (laddningsdos), maintenance for what follows it.
   */
  phaseKind: ('loading' | 'maintenance') | null;
  /**
   * What the drug is given for, from the lexicon's role; premedication when the sentence gives a supportive drug before the treatment.
   */
  drugRole: ('therapy' | 'supportive' | 'premedication' | 'diluent') | null;
}
/**
 * A closed range; a single value has low equal to high.
 *
 * This interface was referenced by `KnowledgeGraph`'s JSON-Schema
 * via the `definition` "range".
 */
export interface NumberRange {
  low: number;
  high: number;
}
/**
 * A recurring break: weekly dosing with every fourth week off is periodDays 28, offDays 7.
 *
 * This interface was referenced by `KnowledgeGraph`'s JSON-Schema
 * via the `definition` "pause".
 */
export interface SchedulePause {
  periodDays: number;
  offDays: number;
}
/**
 * A range that may be open at either end: `upp till 35 cykler` is low null, high 35.
 *
 * This interface was referenced by `KnowledgeGraph`'s JSON-Schema
 * via the `definition` "openRange".
 */
export interface OpenRange {
  low: number | null;
  high: number | null;
}
/**
 * A duration in a UCUM time unit (a year, mo month, wk week, d day) and in days.
 *
 * This interface was referenced by `KnowledgeGraph`'s JSON-Schema
 * via the `definition` "duration".
 */
export interface Duration {
  value: number;
  unit: 'a' | 'mo' | 'wk' | 'd';
  days: number;
}
/**
 * Radiotherapy: dose per fraction (Gy), number of fractions and total dose (Gy).
 *
 * This interface was referenced by `KnowledgeGraph`'s JSON-Schema
 * via the `definition` "fractionation".
 */
export interface Fractionation {
  dosePerFraction: FractionValue | null;
  fractions: FractionValue | null;
  total: FractionValue | null;
}
/**
 * This interface was referenced by `KnowledgeGraph`'s JSON-Schema
 * via the `definition` "fractionValue".
 */
export interface FractionValue {
  low: number;
  high: number;
  /**
   * True when computed from the other two values, not stated.
   */
  derived: boolean;
}
/**
 * An amount that caps a dose, in the dose's UCUM unit.
 *
 * This interface was referenced by `KnowledgeGraph`'s JSON-Schema
 * via the `definition` "doseLimit".
 */
export interface DoseLimit {
  amount: NumberRange;
  unit: DoseUnit;
}
/**
 * A regimen defined in the guideline (a :::regimen block): its name, kind and intent.
 *
 * This interface was referenced by `KnowledgeGraph`'s JSON-Schema
 * via the `definition` "regimenNode".
 */
export interface RegimenNode {
  id: NodeId;
  type: 'regimen';
  source: Source;
  key: string;
  /**
   * The name as the block label writes it (`:::regimen[KarPak]`).
   */
  name: Stated<string>;
  kind: 'drug' | 'radiotherapy';
  /**
   * Palliative or curative, from the `intent=` attribute; not stated when the block has none.
   */
  intent: Field<'palliative' | 'curative'>;
  section: NodeId;
}
/**
 * One row of a regimen table: a drug (or, in a radiotherapy regimen, one alternative fractionation) with its dose and schedule. Every field is stated with its table cell, or not stated (a cell reading "ej angivet", or no such column).
 *
 * This interface was referenced by `KnowledgeGraph`'s JSON-Schema
 * via the `definition` "regimenComponentNode".
 */
export interface RegimenComponentNode {
  id: NodeId;
  type: 'regimenComponent';
  source: Source;
  regimen: NodeId;
  phase: number;
  drug: NodeId | null;
  /**
   * The drug as the Läkemedel cell writes it.
   */
  drugName: Field<string>;
  /**
   * Amount per administration (the Dos cell).
   */
  amount: Field<NumberRange>;
  unit: Field<DoseUnit>;
  doseKind: Field<DoseKind>;
  route: Field<Route>;
  /**
   * Days between doses (the cycle length when the drug is given once per cycle).
   */
  intervalDays: Field<NumberRange>;
  pause: Field<SchedulePause>;
  /**
   * Number of cycles, where the Cykler cell gives a number.
   */
  cycles: Field<OpenRange>;
  /**
   * Cycles written in words, e.g. "till progress eller intolerabel toxicitet".
   */
  cyclesInWords: Field<string>;
  maxDuration: Field<Duration>;
  /**
   * Radiotherapy: the Dos cell read as a fractionation.
   */
  fractionation: Field<Fractionation>;
  /**
   * Amount per week in the component’s own unit, computed from amount, interval and pause; not stated when not derivable.
   */
  intensityPerWeek: Derived<NumberRange> | NotStated;
  /**
   * The sections whose text states this row (the table’s Avsnitt column).
   */
  statedIn: Field<string[]>;
}
/**
 * A decision rule written next to a recommendation (`::villkor[…]`): when its condition holds for a patient, the recommendation applies, with its regimens.
 *
 * This interface was referenced by `KnowledgeGraph`'s JSON-Schema
 * via the `definition` "ruleNode".
 */
export interface RuleNode {
  id: NodeId;
  type: 'rule';
  source: Source;
  key: string;
  /**
   * The condition as the editor wrote it, with its span.
   */
  conditionText: Stated<string>;
  /**
   * The parsed condition; null when it could not be read (reported as rule-condition).
   */
  condition: Condition | null;
  /**
   * The condition as JsonLogic (https://jsonlogic.com), for apps in other languages; null when it could not be read.
   */
  jsonLogic: {} | boolean | null;
  /**
   * The patient facts the condition reads.
   */
  facts: string[];
  recommendation: NodeId;
  /**
   * The regimens the recommendation gives, if any.
   */
  regimens: NodeId[];
  /**
   * The regimen keys as the `regim=` attribute writes them, with the span of the attribute; not stated when the rule names no regimen.
   */
  regimenLink: Field<string[]>;
}
/**
 * A typed link between two nodes: contains (structure), cites (citation to reference), mentions (statement to drug, condition or trial), refersTo (mention or cross-reference to what it names).
 *
 * This interface was referenced by `KnowledgeGraph`'s JSON-Schema
 * via the `definition` "edge".
 */
export interface GraphEdge {
  type: 'contains' | 'cites' | 'mentions' | 'refersTo';
  from: NodeId;
  to: NodeId;
}
