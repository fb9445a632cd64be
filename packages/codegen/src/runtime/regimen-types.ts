/* Generated from src/schema/regimens.schema.json by scripts/generate-types.mjs. Do not edit by hand. */
import type {Derived, Field, NotStated, Source, Stated} from '@guideline-as-code/types';
import type {ContentPackageInfo} from './package-info.js';

/**
 * This interface was referenced by `Regimens`'s JSON-Schema
 * via the `definition` "regimenComponent".
 */
export type RegimenComponent = DrugComponent | RadiotherapyComponent;
/**
 * A value of a fractionation: stated, computed from the other two, or not stated.
 *
 * This interface was referenced by `Regimens`'s JSON-Schema
 * via the `definition` "fractionationValue".
 */
export type FractionationValue = Stated<NumberRange> | Derived<NumberRange> | NotStated;
/**
 * UCUM code of a drug dose; `mg/mL.min` is (mg/mL)·min, the unit of a carboplatin target AUC; `10*6.[iU]` is million international units (the guideline's `ME`, `MU`) and `10*6.[iU]/kg` the same per kg body weight, never converted to a mass.
 *
 * This interface was referenced by `Regimens`'s JSON-Schema
 * via the `definition` "drugDoseUnit".
 */
export type DrugDoseUnit = 'mg' | 'mg/m2' | 'mg/kg' | 'mg/mL.min' | '10*6.[iU]' | '10*6.[iU]/kg';
/**
 * How a dose is scaled to the patient: as is, per m² body-surface area, per kg, or by target AUC (Calvert). A dose in million units is `flat` or, per kg, `weight`; its unit says it is in units.
 *
 * This interface was referenced by `Regimens`'s JSON-Schema
 * via the `definition` "drugDoseKind".
 */
export type DrugDoseKind = 'flat' | 'body-surface' | 'weight' | 'auc';
/**
 * Route of administration: iv (intravenous), po (oral), sc (subcutaneous), im (intramuscular), ip (intraperitoneal).
 *
 * This interface was referenced by `Regimens`'s JSON-Schema
 * via the `definition` "route".
 */
export type Route = 'iv' | 'po' | 'sc' | 'im' | 'ip';
/**
 * GRADE-style certainty of evidence printed after a recommendation.
 *
 * This interface was referenced by `Regimens`'s JSON-Schema
 * via the `definition` "evidenceGrade".
 */
export type EvidenceGrade = '+' | '++' | '+++';

/**
 * Every regimen a guideline defines, with every value stated by the text (with its source span) or explicitly not stated.
 */
export interface Regimens {
  readonly $comment?: string;
  readonly package: ContentPackageInfo;
  readonly regimens: readonly Regimen[];
}
/**
 * A regimen the guideline defines (a `:::regimen` table), with what the text says about it.
 *
 * This interface was referenced by `Regimens`'s JSON-Schema
 * via the `definition` "regimen".
 */
export interface Regimen {
  readonly id: string;
  readonly name: Stated<string>;
  /**
   * `drug` regimens have drug components; `radiotherapy` regimens have fractionations.
   */
  readonly kind: 'drug' | 'radiotherapy';
  readonly intent: Field<'palliative' | 'curative'>;
  readonly section: RegimenSection;
  /**
   * Number of phases (1 unless the table has a phase column).
   */
  readonly phases: number;
  readonly components: readonly RegimenComponent[];
  /**
   * Recommendations that give this regimen; empty when no recommendation names it.
   */
  readonly recommendations: readonly SupportingRecommendation[];
  /**
   * The whole `:::regimen` block.
   */
  readonly source: Source;
}
/**
 * The section that defines a regimen.
 *
 * This interface was referenced by `Regimens`'s JSON-Schema
 * via the `definition` "regimenSection".
 */
export interface RegimenSection {
  readonly number: string;
  readonly title: string;
  /**
   * The section's heading.
   */
  readonly source: Source;
}
/**
 * One drug row of a regimen table; every field is stated with its cell, or explicitly not stated.
 *
 * This interface was referenced by `Regimens`'s JSON-Schema
 * via the `definition` "drugComponent".
 */
export interface DrugComponent {
  readonly kind: 'drug';
  /**
   * `<regimen id>/<row>`, e.g. `karpak/1`.
   */
  readonly id: string;
  /**
   * Position in the sequence of phases ("följt av"), from 1; 1 when the table has no phase column.
   */
  readonly phase: number;
  readonly drug: RegimenDrug;
  readonly dose: Field<DrugDose>;
  readonly route: Field<Route>;
  /**
   * Treatment days within a cycle (e.g. days 1 and 8).
   */
  readonly days: Field<readonly number[]>;
  readonly interval: Field<DoseInterval>;
  readonly cycles: Field<CycleCount>;
  readonly maxDuration: Field<TreatmentDuration>;
  /**
   * The sections whose text states this row (the table's Avsnitt column).
   */
  readonly statedIn: Field<readonly string[]>;
  /**
   * The table row.
   */
  readonly source: Source;
}
/**
 * A drug of a regimen: its identity from the drug lexicon, and its name as the guideline writes it. A table row whose drug cell reads "ej angivet" has every field not stated and `key` null.
 *
 * This interface was referenced by `Regimens`'s JSON-Schema
 * via the `definition` "regimenDrug".
 */
export interface RegimenDrug {
  /**
   * Id of the drug in the lexicon (`guideline-src/lexicon/<key>.yaml`); null when the row names no drug.
   */
  readonly key: string | null;
  /**
   * International non-proprietary name, from the lexicon.
   */
  readonly inn: Field<string>;
  /**
   * ATC code, from the lexicon (which names the WHO ATC index as its source).
   */
  readonly atc: Field<string>;
  /**
   * The Swedish name as the regimen table writes it.
   */
  readonly name: Field<string>;
}
/**
 * One row of a radiotherapy regimen: one fractionation (alternative rows are alternatives).
 *
 * This interface was referenced by `Regimens`'s JSON-Schema
 * via the `definition` "radiotherapyComponent".
 */
export interface RadiotherapyComponent {
  readonly kind: 'radiotherapy';
  readonly id: string;
  readonly phase: number;
  readonly fractionation: Fractionation;
  readonly statedIn: Field<readonly string[]>;
  readonly source: Source;
}
/**
 * Radiotherapy: dose per fraction and total dose in Gy, and the number of fractions.
 *
 * This interface was referenced by `Regimens`'s JSON-Schema
 * via the `definition` "fractionation".
 */
export interface Fractionation {
  readonly unit: 'Gy';
  readonly dosePerFraction: FractionationValue;
  readonly fractions: FractionationValue;
  readonly total: FractionationValue;
}
/**
 * A recommendation that the guideline ties to a regimen, with its evidence grade.
 *
 * This interface was referenced by `Regimens`'s JSON-Schema
 * via the `definition` "supportingRecommendation".
 */
export interface SupportingRecommendation {
  /**
   * Id of the recommendation in the knowledge graph, e.g. `recommendation:forsta-linjens-cytostatika` (its rule’s id).
   */
  readonly id: string;
  /**
   * The recommendation: `value` with citations removed, `source`/`text` its prose exactly as written.
   */
  readonly text: Stated<string>;
  readonly grade: Field<EvidenceGrade>;
  /**
   * The recommendation bullet.
   */
  readonly source: Source;
  /**
   * Where the guideline ties the recommendation to this regimen: the regimen keys of the rule's `regim=` attribute.
   */
  readonly link: Field<readonly string[]>;
}
/**
 * A closed range; a single value has `low` equal to `high`.
 *
 * This interface was referenced by `Regimens`'s JSON-Schema
 * via the `definition` "numberRange".
 */
export interface NumberRange {
  readonly low: number;
  readonly high: number;
}
/**
 * The amount given per administration, in a UCUM unit, and how it is scaled to the patient.
 *
 * This interface was referenced by `Regimens`'s JSON-Schema
 * via the `definition` "drugDose".
 */
export interface DrugDose {
  readonly amount: NumberRange;
  readonly unit: DrugDoseUnit;
  readonly kind: DrugDoseKind;
}
/**
 * A recurring break: weekly dosing with every fourth week off is periodDays 28, offDays 7.
 *
 * This interface was referenced by `Regimens`'s JSON-Schema
 * via the `definition` "schedulePause".
 */
export interface SchedulePause {
  readonly periodDays: number;
  readonly offDays: number;
}
/**
 * Days between administrations: the cycle length for a drug given once per cycle (21 for "var 3:e vecka", 1 for "dagligen").
 *
 * This interface was referenced by `Regimens`'s JSON-Schema
 * via the `definition` "doseInterval".
 */
export interface DoseInterval {
  readonly days: NumberRange;
  readonly pause: null | SchedulePause;
}
/**
 * Number of cycles (a range, open at either end), or cycles given in words such as "till progress eller intolerabel toxicitet".
 *
 * This interface was referenced by `Regimens`'s JSON-Schema
 * via the `definition` "cycleCount".
 */
export interface CycleCount {
  readonly low: number | null;
  readonly high: number | null;
  readonly inWords: string | null;
}
/**
 * A duration in a UCUM time unit (a year, mo month, wk week, d day) and in days.
 *
 * This interface was referenced by `Regimens`'s JSON-Schema
 * via the `definition` "treatmentDuration".
 */
export interface TreatmentDuration {
  readonly value: number;
  readonly unit: 'a' | 'mo' | 'wk' | 'd';
  readonly days: number;
}
