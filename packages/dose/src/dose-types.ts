import type { FindingId, LocalizedText } from '@guideline-as-code/types';

/**
 * The normalised shape of a dose statement. Every type here is plain JSON data so that a
 * statement can be stored in the knowledge graph and compared across guidelines.
 */

/** A closed range; a single value has `low === high`. */
export interface Range {
  low: number;
  high: number;
}

/**
 * A range that may be open at either end: `upp till 35 cykler` is `{ low: null, high: 35 }`,
 * `minst 4 cykler` is `{ low: 4, high: null }`, `6 cykler` is `{ low: 6, high: 6 }`.
 */
export interface OpenRange {
  low: number | null;
  high: number | null;
}

/**
 * How the amount is scaled to the patient, or whether it is radiation. Each kind has one unit:
 * `flat` mg, `body-surface` mg/m2, `weight` mg/kg, `auc` mg/mL.min, `radiation` Gy, `units` MU
 * (a flat amount in million international units) and `units-per-weight` MU/kg.
 */
export type DoseKind = 'flat' | 'body-surface' | 'weight' | 'auc' | 'radiation' | 'units' | 'units-per-weight';

/**
 * Unit of the amount. `mg`, `mg/m2`, `mg/kg`, `Gy` and `mg/mL.min` ((mg/mL)·min, the unit of a
 * carboplatin target AUC) are UCUM codes. `MU` and `MU/kg` are million international units
 * (`30 ME`, `0,5 miljoner enheter/kg`), kept as the corpus and the text count them; their UCUM
 * codes are `10*6.[iU]` and `10*6.[iU]/kg` (as the FHIR output writes them), since UCUM's own `MU` would be a
 * mega-unit of enzyme activity. Masses written in g or µg are converted to mg; million units
 * are never converted to a mass (how many µg make a unit depends on the product).
 */
export type DoseUnit = 'mg' | 'mg/m2' | 'mg/kg' | 'mg/mL.min' | 'Gy' | 'MU' | 'MU/kg';

/** `iv`, `po`, `sc`, `im`, and `ip` (intraperitoneal, as HIPEC gives oxaliplatin or mitomycin). */
export type Route = 'iv' | 'po' | 'sc' | 'im' | 'ip';

/**
 * A recurring break in a schedule: `veckovis med paus var fjärde vecka` is weekly dosing in a
 * 28-day period of which the last 7 days are without treatment.
 */
export interface SchedulePause {
  periodDays: number;
  offDays: number;
}

/** A duration in a UCUM time unit (`a` year, `mo` month, `wk` week, `d` day), also in days. */
export interface Duration {
  value: number;
  unit: 'a' | 'mo' | 'wk' | 'd';
  days: number;
}

/** One value of a fractionation; `derived` when computed from the other two. */
export interface FractionValue {
  low: number;
  high: number;
  derived: boolean;
}

/** Radiotherapy: dose per fraction (Gy), number of fractions, total dose (Gy). */
export interface Fractionation {
  dosePerFraction: FractionValue | null;
  fractions: FractionValue | null;
  total: FractionValue | null;
}

/**
 * How a statement is joined to the statement just before it, when only joining words stand
 * between them: `with` (`+`, `och`), `or` (`eller`, `alternativt`, `jämfört med`), `slash`
 * (`/`, which prose uses both for combinations and alternatives), `then` (`följt av`).
 */
export type DoseLink = 'with' | 'or' | 'slash' | 'then';

/** An amount that caps a dose (`maxdos 2 mg`), never itself a dose. */
export interface DoseLimit {
  amount: Range;
  unit: DoseUnit;
}

/**
 * What the drug is given for: `therapy` (anticancer and endocrine drugs), `supportive`
 * (antiemetics, G-CSF, vitamins), `premedication` (a supportive drug the sentence gives before
 * the treatment), `diluent`. From the lexicon's role; null for radiotherapy and unknown drugs, and
 * for a corticosteroid dosed beside an anticancer drug, which may be either (reported).
 */
export type DrugRole = 'therapy' | 'supportive' | 'premedication' | 'diluent';

export interface ParsedDose {
  /** Lexicon id of the drug, or null for radiation, regimen-only or unknown drugs. */
  drug: string | null;
  /** The words that named the drug (possibly in an earlier clause, see `drugInherited`). */
  drugText: string | null;
  /** True when the drug was named by an earlier statement of the same sentence. */
  drugInherited: boolean;
  /**
   * Set when the drug is derived from a heading (`ParseDosesOptions.heading`) because the
   * sentence names none: which heading (0: the nearest) and the span of the drug's name in its
   * text. Null otherwise.
   */
  drugFromHeading: { start: number; end: number; heading: number } | null;
  /**
   * Set when the drug is derived from an earlier sentence of the same paragraph because the
   * sentence names none (`Oxikodon 10 mg/ml. … rekommenderas 2,5–5 mg`): the span of the drug's
   * name, in one of `ParseDosesOptions.earlierSentences` (`sentence`: 0 the nearest) or, when
   * `sentence` is null, in the text read. Null otherwise.
   */
  drugFromSentence: { start: number; end: number; sentence: number | null } | null;
  /** Id of a named regimen (e.g. `karpak`, from the guideline's `:::regimen` blocks), else null. */
  regimen: string | null;
  regimenText: string | null;
  /** Amount per administration; for radiation the dose per fraction. */
  amount: Range | null;
  unit: DoseUnit | null;
  doseKind: DoseKind | null;
  intervalDays: Range | null;
  /** Days of the cycle the drug is given on (`dag 1 och 8`, `dag 1–5` is 1…5); null when not written. */
  days: number[] | null;
  /** Length of one cycle in days (`28-dagarscykel`, `ny kur dag 22` is 21); null when not written. */
  cycleLengthDays: number | null;
  /** Administrations per day (`x 2`, `två gånger dagligen`); null when not written. */
  timesPerDay: Range | null;
  pause: SchedulePause | null;
  cycles: OpenRange | null;
  /** Largest single administration (`maxdos 2 mg`); null when not written. */
  maxSingleDose: DoseLimit | null;
  /** Largest total over the treatment (`kumulativ dos … får inte överstiga 900 mg/m2`); null when not written. */
  cumulativeMaxDose: DoseLimit | null;
  /** `loading` for a loading dose (`laddningsdos`), `maintenance` for what follows it; null otherwise. */
  phaseKind: 'loading' | 'maintenance' | null;
  drugRole: DrugRole | null;
  /** 1-based position within a phased statement (`… följt av …`); 1 when not phased. */
  phase: number;
  /** Number of phases in the phased statement this belongs to; 1 when not phased. */
  phaseCount: number;
  maxDuration: Duration | null;
  route: Route | null;
  fractionation: Fractionation | null;
  /** Amount per week in `unit`, accounting for pauses; null when not derivable. */
  intensityPerWeek: Range | null;
  link: DoseLink | null;
  /** Exact source slice `input.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
}

/** The finding ids the dose grammar reports; `dose-range` and `unit-kind` are also the checks rules that report them. */
export type DoseRuleId = Extract<
  FindingId,
  'unknown-drug' | 'unit-kind' | 'dose-range' | 'dose-without-drug' | 'dose-ambiguous' | 'dose-partial-reading'
>;

/** A content problem found while reading doses; positions are offsets into the input. */
export interface DoseDiagnostic {
  ruleId: DoseRuleId;
  message: LocalizedText;
  /** How to correct it, e.g. the lexicon name a misspelt drug is closest to. */
  fix?: LocalizedText;
  start: number;
  end: number;
}
