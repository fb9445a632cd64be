import chapterFrontMatter from '../schema/sources/chapter-front-matter.schema.json' with { type: 'json' };
import guidelineConfig from '../schema/sources/guideline-config.schema.json' with { type: 'json' };
import guideline from '../schema/sources/guideline.schema.json' with { type: 'json' };
import lexiconEntry from '../schema/sources/lexicon-entry.schema.json' with { type: 'json' };
import patientFacts from '../schema/sources/patient-facts.schema.json' with { type: 'json' };
import references from '../schema/sources/references.schema.json' with { type: 'json' };
import trials from '../schema/sources/trials.schema.json' with { type: 'json' };

/** The JSON Schemas (draft 2020-12) of the sources that are not Markdown, by format name. */
export const sourceSchemas = {
  lexiconEntry,
  references,
  trials,
  patientFacts,
  guideline,
  guidelineConfig,
  chapterFrontMatter,
} as const satisfies Record<string, Readonly<Record<string, unknown>>>;

/** A source format that has a schema and a precompiled validator. */
export type SourceFormat = keyof typeof sourceSchemas;
