/* Generated from src/schema/references.schema.json by scripts/generate-types.mjs. Do not edit by hand. */
import type {Field, Source, Stated} from '@guideline-as-code/types';
import type {ContentPackageInfo} from './package-info.js';

/**
 * A guideline's references (CSL-JSON, with the places that cite each) and the clinical trials its text names.
 */
export interface ReferencesAndTrials {
  readonly $comment?: string;
  readonly package: ContentPackageInfo;
  readonly references: readonly Reference[];
  readonly trials: readonly Trial[];
}
/**
 * An entry of the guideline's reference list, and every place that cites it.
 *
 * This interface was referenced by `ReferencesAndTrials`'s JSON-Schema
 * via the `definition` "reference".
 */
export interface Reference {
  /**
   * The reference's key: the number printed in the chapter, e.g. `83`.
   */
  readonly id: string;
  /**
   * The citation number printed in the guideline; null when the reference list gives none.
   */
  readonly number: number | null;
  readonly csl: CslItem;
  /**
   * CSL fields the sources do not give (e.g. `title`); absent from `csl`.
   */
  readonly notStated: readonly string[];
  /**
   * Each field of `csl` with the span of its value in the references file.
   */
  readonly fields: {
    readonly [k: string]: Stated<unknown> | undefined;
  };
  /**
   * The entry in the reference list.
   */
  readonly source: Source;
  readonly citedAt: readonly CitationPlace[];
}
/**
 * A CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html) with the fields the guideline's reference list gives, and no others: a field the sources do not give is absent (and named in the reference's `notStated`), never invented.
 *
 * This interface was referenced by `ReferencesAndTrials`'s JSON-Schema
 * via the `definition` "cslItem".
 */
export interface CslItem {
  readonly id: string;
  /**
   * The citation number printed in the guideline.
   */
  readonly 'citation-number'?: number;
  readonly [k: string]: unknown | undefined;
}
/**
 * A place in the text that cites a reference (`[@83]`).
 *
 * This interface was referenced by `ReferencesAndTrials`'s JSON-Schema
 * via the `definition` "citationPlace".
 */
export interface CitationPlace {
  /**
   * Id of the citation in the knowledge graph.
   */
  readonly id: string;
  /**
   * Number of the section the citing sentence stands in, e.g. `13.1`.
   */
  readonly section: string;
  /**
   * The citing sentence: `value` with citations removed, `source`/`text` the sentence exactly as written.
   */
  readonly sentence: Stated<string>;
  /**
   * The cited key (`@83`).
   */
  readonly source: Source;
}
/**
 * A clinical trial named in the text, with its ClinicalTrials.gov id where the text gives one.
 *
 * This interface was referenced by `ReferencesAndTrials`'s JSON-Schema
 * via the `definition` "trial".
 */
export interface Trial {
  readonly id: string;
  /**
   * The trial's usual name, from the guideline's trial list.
   */
  readonly name: Stated<string>;
  /**
   * Other names the text uses for the trial.
   */
  readonly aliases: readonly string[];
  /**
   * ClinicalTrials.gov id (NCT followed by 8 digits), where the chapter states it.
   */
  readonly nct: Field<string>;
  readonly mentionedAt: readonly TrialMention[];
}
/**
 * A place in the text that names a trial.
 *
 * This interface was referenced by `ReferencesAndTrials`'s JSON-Schema
 * via the `definition` "trialMention".
 */
export interface TrialMention {
  /**
   * The words as written, e.g. `Keynote 158-studien`'s `Keynote 158`.
   */
  readonly text: string;
  readonly source: Source;
}
