/* Generated from src/schema/rules.schema.json by scripts/generate-types.mjs. Do not edit by hand. */
import type {Condition, FactValue} from '@guideline-as-code/conditions';
import type {Field, Source, Stated} from '@guideline-as-code/types';
import type {ContentPackageInfo} from './package-info.js';

/**
 * A guideline's decision rules: for which patients each recommendation applies, over declared patient facts.
 */
export interface DecisionRules {
  readonly $comment?: string;
  readonly package: ContentPackageInfo;
  readonly patientFacts: readonly PatientFactDeclaration[];
  readonly rules: readonly DecisionRule[];
}
/**
 * A patient fact that rules may read, with its allowed values, as the guideline declares it.
 *
 * This interface was referenced by `DecisionRules`'s JSON-Schema
 * via the `definition` "patientFact".
 */
export interface PatientFactDeclaration {
  readonly id: string;
  readonly label: LocalizedLabel;
  readonly type: 'enum' | 'boolean' | 'number';
  /**
   * UCUM unit of a number fact, e.g. `mo` for months.
   */
  readonly unit: string | null;
  readonly values: readonly {
    readonly value: FactValue;
    readonly label: LocalizedLabel;
  }[];
  readonly source: Source;
}
/**
 * A text in Swedish (the guideline's language) and English.
 *
 * This interface was referenced by `DecisionRules`'s JSON-Schema
 * via the `definition` "localizedLabel".
 */
export interface LocalizedLabel {
  readonly sv: string;
  readonly en: string;
}
/**
 * A decision rule: when its condition holds for a patient, its recommendation applies.
 *
 * This interface was referenced by `DecisionRules`'s JSON-Schema
 * via the `definition` "rule".
 */
export interface DecisionRule {
  readonly id: string;
  /**
   * The condition as the editors wrote it, with its span, e.g. `mmr-status är dMMR och prior-platinum är ja`.
   */
  readonly conditionText: Stated<string>;
  readonly condition: Condition;
  /**
   * The condition as JsonLogic (https://jsonlogic.com), for apps in other languages; a fact that is not known reads as null.
   */
  readonly jsonLogic: unknown;
  /**
   * The patient facts the condition reads.
   */
  readonly facts: readonly string[];
  readonly recommendation: RuleRecommendation;
  /**
   * Ids of regimens in the regimens package that the recommendation gives.
   */
  readonly regimens: readonly string[];
  /**
   * The same ids as the rule's `regim=` attribute writes them, with its span; not stated when it names none.
   */
  readonly regimenLink: Field<readonly string[]>;
  /**
   * The `::villkor` directive in the guideline source.
   */
  readonly source: Source;
}
/**
 * The recommendation a rule applies: a bullet of a recommendation box, or a sentence of prose.
 *
 * This interface was referenced by `DecisionRules`'s JSON-Schema
 * via the `definition` "ruleRecommendation".
 */
export interface RuleRecommendation {
  /**
   * The graph id of the recommendation or statement.
   */
  readonly id: string;
  readonly kind: 'recommendation' | 'statement';
  /**
   * The guideline’s text: `value` without citations, `source` and `text` the span word for word as written.
   */
  readonly text: Stated<string>;
  /**
   * The evidence grade the text gives, with its mark `(+++)`; not stated when it gives none.
   */
  readonly grade: Field<'+' | '++' | '+++'>;
  readonly section: {
    readonly number: string;
    readonly title: string;
  };
  readonly source: Source;
}
