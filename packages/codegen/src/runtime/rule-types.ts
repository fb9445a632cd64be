import type { Field, Source, Stated } from '@guideline-as-code/types';
import type { Condition, FactValue } from '@guideline-as-code/conditions';

/** A text in Swedish (the guideline's language) and English. */
export interface LocalizedLabel {
  readonly sv: string;
  readonly en: string;
}

/** A patient fact that rules may read, with its allowed values, as the guideline declares it. */
export interface PatientFactDeclaration {
  readonly id: string;
  readonly label: LocalizedLabel;
  readonly type: 'enum' | 'boolean' | 'number';
  /** UCUM unit of a number fact, e.g. `mo` for months. */
  readonly unit: string | null;
  readonly values: readonly { readonly value: FactValue; readonly label: LocalizedLabel }[];
  readonly source: Source;
}

/** The recommendation a rule applies: a bullet of a recommendation box, or a sentence of prose. */
export interface RuleRecommendation {
  /** The graph id of the recommendation or statement. */
  readonly id: string;
  readonly kind: 'recommendation' | 'statement';
  /** The guideline's text: `value` with citations removed, `source`/`text` the span exactly as written. */
  readonly text: Stated<string>;
  /** The evidence grade the text gives, with its mark `(+++)`; not stated when it gives none. */
  readonly grade: Field<'+' | '++' | '+++'>;
  readonly section: { readonly number: string; readonly title: string };
  readonly source: Source;
}

/** A decision rule: when its condition holds for a patient, its recommendation applies. */
export interface DecisionRule {
  readonly id: string;
  /** The condition as the editors wrote it, e.g. `mmr-status är dMMR och prior-platinum är ja`. */
  readonly conditionText: Stated<string>;
  readonly condition: Condition;
  /** The condition as JsonLogic, for apps in other languages (two-valued: a missing fact reads as null). */
  readonly jsonLogic: unknown;
  /** The patient facts the condition reads. */
  readonly facts: readonly string[];
  readonly recommendation: RuleRecommendation;
  /** Ids of the regimens (in the regimens package) that the recommendation gives. */
  readonly regimens: readonly string[];
  /** The same ids as the rule's `regim=` attribute writes them, with its span; not stated when it names none. */
  readonly regimenLink: Field<readonly string[]>;
  /** The `::villkor` directive in the guideline source. */
  readonly source: Source;
}

/** A rule whose condition could not be decided, and the facts it still needs. */
export interface UndeterminedRule<R extends DecisionRule = DecisionRule> {
  readonly rule: R;
  readonly missingFacts: readonly string[];
}

/** The outcome of the rules for one patient. */
export interface RuleEvaluation<R extends DecisionRule = DecisionRule> {
  /** Rules whose condition holds: their recommendations apply. */
  readonly applicable: readonly R[];
  /** Rules that depend on a fact not given: ask for it before deciding. */
  readonly undetermined: readonly UndeterminedRule<R>[];
}
