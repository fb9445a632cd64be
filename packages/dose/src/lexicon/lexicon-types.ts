import type { DoseKind, DoseUnit, Range } from '../dose-types.js';

/** 1-based line and column, as editors show them, and the 0-based offset in the file. */
export interface LineColumn {
  line: number;
  column: number;
  offset: number;
}

/** Where a lexicon entry or fact stands in its YAML file. */
export interface SourceSpan {
  file: string;
  start: LineColumn;
  end: LineColumn;
}

/** A dose kind the drug is given in, with the document that says so. */
export interface DoseKindFact {
  kind: DoseKind;
  source: string;
  position: SourceSpan;
}

/**
 * A plausible amount per administration for one unit, optionally for a schedule. These are
 * limits for catching typing errors (a dose ×10), not therapeutic advice.
 */
export interface PlausibleRange {
  unit: DoseUnit;
  amount: Range;
  /** Interval between administrations this range applies to; null for any schedule. */
  intervalDays: Range | null;
  /** Highest amount per week (dose intensity) where the product text limits it. */
  maxPerWeek: number | null;
  source: string;
  /** Why a bound differs from the source's figure (e.g. widened for dose reductions). */
  note: string | null;
  position: SourceSpan;
}

export interface AtcFact {
  code: string;
  /** Other codes for the same substance: earlier codes, or codes of other uses or forms. */
  aliases: string[];
  source: string;
  position: SourceSpan;
}

/** A fact deliberately left out of the lexicon, and why. */
export interface UnknownFact {
  fact: string;
  reason: string;
}

/** What a drug is given for in cancer treatment; a diluent carries another drug. */
export type DrugRole = 'antineoplastic' | 'endocrine' | 'supportive' | 'diluent';

export interface DrugEntry {
  kind: 'drug';
  id: string;
  /** Swedish display name, used when writing a dose back as text. */
  name: string;
  inn: string;
  /**
   * Every other spelling that may appear in prose (`name` is matched too). The INN is not
   * matched by itself, because a formulation such as pegylated liposomal doxorubicin shares it.
   */
  names: string[];
  /** Product names (Taxotere, Eloxatin), matched in prose like `names`. */
  brands: string[];
  /** What the drug is given for; null when the file does not say. */
  role: DrugRole | null;
  /** Null when the file's ATC fact was unusable (reported by the loader). */
  atc: AtcFact | null;
  doseKinds: DoseKindFact[];
  ranges: PlausibleRange[];
  unknown: UnknownFact[];
  position: SourceSpan;
}

/** A named combination such as `KarPak`, as the guideline's `:::regimen` blocks define it. */
export interface RegimenEntry {
  kind: 'regimen';
  id: string;
  name: string;
  names: string[];
  /** Drug ids given together in the regimen. */
  components: string[];
  source: string;
  position: SourceSpan;
}


/** The drugs and regimens that `parseDoses` recognises. */
export interface DrugLexicon {
  drugs: DrugEntry[];
  regimens: RegimenEntry[];
}

/** A problem in a lexicon file, pointing at the line and column of the offending YAML. */
export interface LexiconDiagnostic {
  ruleId:
    | 'lexicon-yaml-syntax'
    | 'lexicon-unknown-key'
    | 'lexicon-forbidden-key'
    | 'lexicon-missing-key'
    | 'lexicon-invalid-value'
    | 'lexicon-missing-source'
    | 'lexicon-duplicate-name'
    | 'lexicon-duplicate-id';
  message: string;
  file: string;
  line: number;
  column: number;
  offset: number;
}
