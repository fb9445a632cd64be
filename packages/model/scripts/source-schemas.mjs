// The source formats that have a JSON Schema, by the name their validator and type are
// exported under. Shared by compile-validators.mjs and generate-types.mjs.
export const sourceSchemaFiles = {
  lexiconEntry: 'lexicon-entry.schema.json',
  references: 'references.schema.json',
  trials: 'trials.schema.json',
  patientFacts: 'patient-facts.schema.json',
  guideline: 'guideline.schema.json',
  guidelineConfig: 'guideline-config.schema.json',
  chapterFrontMatter: 'chapter-front-matter.schema.json',
};
