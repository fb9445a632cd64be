import type { Source } from '@guideline-as-code/types';
import type { DoseKind, DoseUnit, Range } from '../dose-types.js';
import type { SubstanceIndex } from './substance-index.js';

/** A dose kind the drug is given in, with the document that says so. */
export interface DoseKindFact {
  kind: DoseKind;
  source: string;
  position: Source;
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
  position: Source;
}

export interface AtcFact {
  code: string;
  /** Other codes for the same substance: earlier codes, or codes of other uses or forms. */
  aliases: string[];
  source: string;
  position: Source;
  /** Where the code itself stands (the YAML value of `code`), for provenance of the ATC code. */
  codePosition: Source;
}

/** A fact deliberately left out of the lexicon, and why. */
export interface UnknownFact {
  fact: string;
  reason: string;
}

/** What a drug is given for in cancer treatment. */
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
  /** Brand names (e.g. `Keytruda`), matched in prose like `names`. */
  brands: string[];
  /** What the drug is given for; null where the lexicon does not say. */
  role: DrugRole | null;
  atc: AtcFact;
  doseKinds: DoseKindFact[];
  ranges: PlausibleRange[];
  unknown: UnknownFact[];
  position: Source;
  /**
   * Present on a substance of the WHO ATC index that the lexicon has no entry for
   * (`guideline-src/lexicon/atc-index.tsv`): recognised as a drug like any entry, so that it
   * takes its own doses and stands between another drug and a dose, but it has no role, dose
   * kind or range, and a dose of it is reported (`drug-not-in-lexicon`).
   */
  tier?: 'atc-index';
  /**
   * For a salt or ester of the ATC index, the id of its active moiety where the lexicon or the
   * index has that substance (`glycopyrronium-bromide` → `glycopyrronium`), as the importer
   * derives it by the salt-name rules (`tools/lexicon-import/src/active-moiety.ts`).
   */
  moiety?: string;
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
  position: Source;
}


/** The drugs and regimens that `parseDoses` recognises. */
export interface DrugLexicon {
  drugs: DrugEntry[];
  regimens: RegimenEntry[];
  /** The substances of the WHO ATC index with no entry in `drugs`, recognised by name; none when absent. */
  substances?: SubstanceIndex | null;
}
