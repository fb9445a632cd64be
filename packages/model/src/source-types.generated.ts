/* Generated from src/schema/sources/*.schema.json by scripts/generate-types.mjs. Do not edit by hand. */
// lexicon-entry.schema.json

/**
 * A text that is not empty.
 *
 * This interface was referenced by `LexiconEntrySource`'s JSON-Schema
 * via the `definition` "text".
 */
export type Text = string;
/**
 * A WHO ATC code of a chemical substance (fifth level).
 *
 * This interface was referenced by `LexiconEntrySource`'s JSON-Schema
 * via the `definition` "atcCode".
 */
export type AtcCode = string;

/**
 * One drug of the shared drug lexicon (guideline-src/lexicon/<id>.yaml). Every fact that does not come from a guideline names the document it comes from in `source`. Regimens are not lexicon entries: each guideline defines them in its Markdown (`:::regimen`).
 */
export interface LexiconEntrySource {
  /**
   * The entry's id and file name: lower-case words joined by hyphens.
   */
  id: string;
  /**
   * Always `drug`; regimens are defined in the guideline Markdown (`:::regimen`).
   */
  kind?: 'drug';
  /**
   * Swedish display name, used when a dose is written back as text; matched in prose.
   */
  name: string;
  /**
   * International non-proprietary name (English). Not matched in prose by itself: a formulation such as pegylated liposomal doxorubicin shares it.
   */
  inn: string;
  /**
   * Every other spelling that may appear in prose.
   */
  names?: Text[];
  /**
   * Brand names of the drug (e.g. `Keytruda`), matched in prose like `names`.
   */
  brands?: Text[];
  /**
   * What the drug is given for in cancer treatment: `antineoplastic` (acts on the tumour), `endocrine` (hormonal therapy), `supportive` (e.g. antiemetics, growth factors) or `diluent` (infusion fluids).
   */
  role?: 'antineoplastic' | 'endocrine' | 'supportive' | 'diluent';
  atc: AtcFactSource;
  /**
   * The kinds of dose the drug is given in, each with the document that says so.
   */
  doseKinds?: DoseKindFactSource[];
  /**
   * Plausible amounts per administration, for catching typing errors (a dose ×10); not therapeutic advice.
   */
  ranges?: PlausibleRangeSource[];
  /**
   * Facts deliberately left out of the lexicon, and why.
   */
  unknown?: UnknownFactSource[];
  /**
   * A text that is not empty.
   */
  note?: string;
}
/**
 * The drug's current WHO ATC code and the document that gives it.
 *
 * This interface was referenced by `LexiconEntrySource`'s JSON-Schema
 * via the `definition` "atcFact".
 */
export interface AtcFactSource {
  code: AtcCode;
  /**
   * Other codes of the same substance: earlier codes, or codes of other uses or forms.
   */
  aliases?: AtcCode[];
  /**
   * A text that is not empty.
   */
  source: string;
}
/**
 * This interface was referenced by `LexiconEntrySource`'s JSON-Schema
 * via the `definition` "doseKindFact".
 */
export interface DoseKindFactSource {
  /**
   * How the dose is measured: a flat amount, per body surface, per body weight, as a carboplatin AUC, as radiation, or in million international units, flat (`units`, MU) or per body weight (`units-per-weight`, MU/kg).
   */
  kind: 'flat' | 'body-surface' | 'weight' | 'auc' | 'radiation' | 'units' | 'units-per-weight';
  /**
   * A text that is not empty.
   */
  source: string;
}
/**
 * This interface was referenced by `LexiconEntrySource`'s JSON-Schema
 * via the `definition` "plausibleRange".
 */
export interface PlausibleRangeSource {
  /**
   * Unit of the amount: `mg`, `mg/m2`, `mg/kg`, `mg/mL.min` (carboplatin AUC), `Gy`, or million international units `MU` and `MU/kg`. It must belong to a dose kind listed in `doseKinds`.
   */
  unit: 'mg' | 'mg/m2' | 'mg/kg' | 'mg/mL.min' | 'Gy' | 'MU' | 'MU/kg';
  amount: Amount;
  intervalDays?: Amount1;
  /**
   * Highest amount per week (dose intensity) where the product text limits it.
   */
  maxPerWeek?: number;
  /**
   * A text that is not empty.
   */
  source: string;
  /**
   * A text that is not empty.
   */
  note?: string;
}
/**
 * Plausible amount per administration.
 */
export interface Amount {
  low: number;
  high: number;
}
/**
 * Days between administrations this range applies to; omitted for any schedule.
 */
export interface Amount1 {
  low: number;
  high: number;
}
/**
 * This interface was referenced by `LexiconEntrySource`'s JSON-Schema
 * via the `definition` "unknownFact".
 */
export interface UnknownFactSource {
  fact: Text;
  reason: Text;
}
/**
 * A range of numbers from `low` to `high`.
 *
 * This interface was referenced by `LexiconEntrySource`'s JSON-Schema
 * via the `definition` "amount".
 */
export interface Amount2 {
  low: number;
  high: number;
}

// references.schema.json

/**
 * A CSL date: `{ date-parts: [[2022, 3, 1]] }`, `{ literal: … }`, `{ raw: … }`, or an EDTF text such as `"2022-03-01"`.
 */
export type CslDate =
  | EdtfDate
  | {
      /**
       * @minItems 1
       * @maxItems 2
       */
      'date-parts'?:
        | [[string | number] | [string | number, string | number] | [string | number, string | number, string | number]]
        | [
            (
              | [string | number]
              | [string | number, string | number]
              | [string | number, string | number, string | number]
            ),
            [string | number] | [string | number, string | number] | [string | number, string | number, string | number]
          ];
      season?: string | number;
      circa?: string | number | boolean;
      literal?: string;
      raw?: string;
      edtf?: EdtfDate;
    };
/**
 * A date as an EDTF text, e.g. `2022-03-01` or `2022`.
 */
export type EdtfDate = string;
/**
 * A guideline's reference list (guideline-src/<guideline>/references.yaml): CSL-JSON items written as YAML, with the field names and types of the CSL-JSON schema (citation-style-language/schema, csl-data.json). Project-specific: `not-stated` lists the CSL fields the guideline's sources do not state, and `type`, which CSL-JSON requires, may be missing while the list is being filled in (the imported chapter prints only reference numbers; list it under `not-stated`). Dates follow CSL: `{ date-parts: [[2022, 3, 1]] }`, `literal`, `raw`, or an EDTF text such as `"2022-03-01"`. Two items with the same id are reported by the `duplicate-reference` rule.
 */
export type ReferencesSource = ReferenceSource[];

/**
 * One reference: a CSL-JSON item.
 */
export interface ReferenceSource {
  /**
   * The reference's id: the number printed in the chapter text, which a citation `[@83]` resolves to.
   */
  id: string | number;
  /**
   * The CSL item type.
   */
  type?:
    | 'article'
    | 'article-journal'
    | 'article-magazine'
    | 'article-newspaper'
    | 'bill'
    | 'book'
    | 'broadcast'
    | 'chapter'
    | 'classic'
    | 'collection'
    | 'dataset'
    | 'document'
    | 'entry'
    | 'entry-dictionary'
    | 'entry-encyclopedia'
    | 'figure'
    | 'graphic'
    | 'hearing'
    | 'interview'
    | 'legal_case'
    | 'legislation'
    | 'manuscript'
    | 'map'
    | 'motion_picture'
    | 'musical_score'
    | 'pamphlet'
    | 'paper-conference'
    | 'patent'
    | 'performance'
    | 'periodical'
    | 'personal_communication'
    | 'post'
    | 'post-weblog'
    | 'regulation'
    | 'report'
    | 'review'
    | 'review-book'
    | 'software'
    | 'song'
    | 'speech'
    | 'standard'
    | 'thesis'
    | 'treaty'
    | 'webpage';
  categories?: string[];
  author?: CslName[];
  chair?: CslName[];
  'collection-editor'?: CslName[];
  compiler?: CslName[];
  composer?: CslName[];
  'container-author'?: CslName[];
  contributor?: CslName[];
  curator?: CslName[];
  director?: CslName[];
  editor?: CslName[];
  'editorial-director'?: CslName[];
  'executive-producer'?: CslName[];
  interviewer?: CslName[];
  illustrator?: CslName[];
  organizer?: CslName[];
  'original-author'?: CslName[];
  performer?: CslName[];
  producer?: CslName[];
  recipient?: CslName[];
  'reviewed-author'?: CslName[];
  translator?: CslName[];
  accessed?: CslDate;
  'available-date'?: CslDate;
  container?: CslDate;
  'event-date'?: CslDate;
  issued?: CslDate;
  'original-date'?: CslDate;
  submitted?: CslDate;
  language?: string;
  journalAbbreviation?: string;
  shortTitle?: string;
  abstract?: string;
  annote?: string;
  archive?: string;
  archive_collection?: string;
  archive_location?: string;
  'archive-place'?: string;
  authority?: string;
  'call-number'?: string;
  'citation-label'?: string;
  'collection-title'?: string;
  'container-title'?: string;
  'container-title-short'?: string;
  dimensions?: string;
  division?: string;
  DOI?: string;
  event?: string;
  'event-place'?: string;
  genre?: string;
  ISAN?: string;
  ISBN?: string;
  ISCI?: string;
  ISMN?: string;
  ISRC?: string;
  ISSN?: string;
  ISWC?: string;
  jurisdiction?: string;
  keyword?: string;
  medium?: string;
  note?: string;
  'original-publisher'?: string;
  'original-publisher-place'?: string;
  'original-title'?: string;
  'part-title'?: string;
  PMCID?: string;
  PMID?: string;
  publisher?: string;
  'publisher-place'?: string;
  references?: string;
  'reviewed-title'?: string;
  scale?: string;
  section?: string;
  source?: string;
  status?: string;
  title?: string;
  'title-short'?: string;
  'translated-title'?: string;
  'translated-title-short'?: string;
  URL?: string;
  version?: string;
  'year-suffix'?: string;
  'chapter-number'?: string | number;
  'citation-number'?: string | number;
  'collection-number'?: string | number;
  edition?: string | number;
  'first-reference-note-number'?: string | number;
  issue?: string | number;
  locator?: string | number;
  number?: string | number;
  'number-of-pages'?: string | number;
  'number-of-volumes'?: string | number;
  page?: string | number;
  'page-first'?: string | number;
  part?: string | number;
  printing?: string | number;
  supplement?: string | number;
  volume?: string | number;
  /**
   * Key-value pairs that have no CSL field of their own.
   */
  custom?: {};
  /**
   * Project field, not part of CSL-JSON and left out of the published CSL item: the CSL fields that the guideline's sources do not state. They are listed instead of being filled in from memory; an editor fills a field in and removes it from this list.
   */
  'not-stated'?: (
    | 'DOI'
    | 'ISAN'
    | 'ISBN'
    | 'ISCI'
    | 'ISMN'
    | 'ISRC'
    | 'ISSN'
    | 'ISWC'
    | 'PMCID'
    | 'PMID'
    | 'URL'
    | 'abstract'
    | 'accessed'
    | 'annote'
    | 'archive'
    | 'archive-place'
    | 'archive_collection'
    | 'archive_location'
    | 'author'
    | 'authority'
    | 'available-date'
    | 'call-number'
    | 'categories'
    | 'chair'
    | 'chapter-number'
    | 'citation-label'
    | 'citation-number'
    | 'collection-editor'
    | 'collection-number'
    | 'collection-title'
    | 'compiler'
    | 'composer'
    | 'container'
    | 'container-author'
    | 'container-title'
    | 'container-title-short'
    | 'contributor'
    | 'curator'
    | 'custom'
    | 'dimensions'
    | 'director'
    | 'division'
    | 'edition'
    | 'editor'
    | 'editorial-director'
    | 'event'
    | 'event-date'
    | 'event-place'
    | 'executive-producer'
    | 'first-reference-note-number'
    | 'genre'
    | 'illustrator'
    | 'interviewer'
    | 'issue'
    | 'issued'
    | 'journalAbbreviation'
    | 'jurisdiction'
    | 'keyword'
    | 'language'
    | 'locator'
    | 'medium'
    | 'note'
    | 'number'
    | 'number-of-pages'
    | 'number-of-volumes'
    | 'organizer'
    | 'original-author'
    | 'original-date'
    | 'original-publisher'
    | 'original-publisher-place'
    | 'original-title'
    | 'page'
    | 'page-first'
    | 'part'
    | 'part-title'
    | 'performer'
    | 'printing'
    | 'producer'
    | 'publisher'
    | 'publisher-place'
    | 'recipient'
    | 'references'
    | 'reviewed-author'
    | 'reviewed-title'
    | 'scale'
    | 'section'
    | 'shortTitle'
    | 'source'
    | 'status'
    | 'submitted'
    | 'supplement'
    | 'title'
    | 'title-short'
    | 'translated-title'
    | 'translated-title-short'
    | 'translator'
    | 'type'
    | 'version'
    | 'volume'
    | 'year-suffix'
  )[];
}
/**
 * A CSL name: `family` and `given`, or a `literal` name such as an organisation.
 */
export interface CslName {
  family?: string;
  given?: string;
  'dropping-particle'?: string;
  'non-dropping-particle'?: string;
  suffix?: string;
  'comma-suffix'?: string | number | boolean;
  'static-ordering'?: string | number | boolean;
  literal?: string;
  'parse-names'?: string | number | boolean;
}

// trials.schema.json

/**
 * The clinical trials a guideline's text names (guideline-src/<guideline>/trials.yaml). Registry ids (NCT) are not written here: the parser reads them from the text.
 */
export type TrialsSource = TrialSource[];

export interface TrialSource {
  /**
   * The trial's id in this guideline: lower-case words joined by hyphens.
   */
  id: string;
  /**
   * The trial's usual name, e.g. `KEYNOTE-775`.
   */
  name: string;
  /**
   * Other names the text uses for the same trial, e.g. `ENGOT-EN9`.
   */
  aliases?: string[];
  /**
   * The number of the section whose text names the trial, e.g. `13.3.2.1` (documentation for editors).
   */
  'named-in'?: string;
}

// patient-facts.schema.json

/**
 * The patient facts that recommendations and decision rules may depend on (guideline-src/vocabulary/patient-facts.yaml), with their allowed values and the words of the text that state them.
 */
export interface PatientFactsSource {
  facts: PatientFactSource[];
}
/**
 * This interface was referenced by `PatientFactsSource`'s JSON-Schema
 * via the `definition` "fact".
 */
export interface PatientFactSource {
  /**
   * The id that rule conditions use: lower-case words joined by hyphens.
   */
  id: string;
  label: FactLabel;
  /**
   * `enum` (one of the listed values), `boolean` (true or false) or `number`.
   */
  type: 'enum' | 'boolean' | 'number';
  /**
   * Unit of a number fact (UCUM), e.g. `mo`.
   */
  unit?: string;
  values?: FactValueSource[];
}
/**
 * A label in Swedish and English.
 *
 * This interface was referenced by `PatientFactsSource`'s JSON-Schema
 * via the `definition` "label".
 */
export interface FactLabel {
  sv: string;
  en: string;
}
/**
 * This interface was referenced by `PatientFactsSource`'s JSON-Schema
 * via the `definition` "value".
 */
export interface FactValueSource {
  /**
   * The value as rule conditions write it, e.g. `dMMR` or `true`.
   */
  value: string | boolean;
  label: FactLabel;
  /**
   * Words of the guideline text that state this value; matching ignores case.
   */
  phrases?: string[];
  /**
   * Also accept Swedish endings of the phrases (hormonreceptorpositiv → hormonreceptorpositiva).
   */
  inflected?: boolean;
}

// guideline.schema.json

/**
 * What guideline-src/<guideline>/guideline.yaml says about the guideline as a whole.
 */
export interface GuidelineSource {
  /**
   * The guideline's id: its folder name under guideline-src/.
   */
  id: string;
  /**
   * The guideline's title as published.
   */
  title: string;
  /**
   * Who publishes the guideline.
   */
  publisher: string;
  /**
   * The language of the text, as a BCP 47 tag.
   */
  language: string;
  /**
   * The edition (version or date) of the published guideline, or `not-stated` where the sources do not give it.
   */
  edition: string;
}

// guideline-config.schema.json

/**
 * A severity, or `[severity, options]`.
 *
 * This interface was referenced by `GuidelineConfigSource`'s JSON-Schema
 * via the `definition` "ruleSetting".
 */
export type RuleSettingSource = (RuleSeveritySetting | [unknown] | [unknown, unknown]) | undefined;
/**
 * `off` turns the rule off; `info`, `warning` and `error` set how serious its findings are.
 *
 * This interface was referenced by `GuidelineConfigSource`'s JSON-Schema
 * via the `definition` "severity".
 */
export type RuleSeveritySetting = 'off' | 'info' | 'warning' | 'error';

/**
 * The project's rule settings, `guideline.config.json` at the project root, next to `guideline-src/`.
 */
export interface GuidelineConfigSource {
  /**
   * Address of this schema, for editors that complete and check JSON.
   */
  $schema?: string;
  /**
   * Settings per rule id: a severity, or `[severity, options]` as in remark-lint.
   */
  rules?: {
    [k: string]: RuleSettingSource | undefined;
  };
}

// chapter-front-matter.schema.json

/**
 * The YAML front matter at the top of a chapter's Markdown file.
 */
export interface ChapterFrontMatterSource {
  /**
   * The chapter number, e.g. `13`.
   */
  chapter?: number | string;
  /**
   * The chapter title.
   */
  title?: string;
  /**
   * The file the chapter was imported from, relative to the guideline folder.
   */
  'imported-from'?: string;
}
