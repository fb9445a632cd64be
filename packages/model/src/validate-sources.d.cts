// Type of the standalone validators that scripts/compile-validators.mjs generates with ajv
// from src/schema/sources/*.schema.json, one per source format.
import type { CompiledValidator } from './validate-graph.d.cts';
declare const validators: {
  lexiconEntry: CompiledValidator;
  references: CompiledValidator;
  trials: CompiledValidator;
  patientFacts: CompiledValidator;
  guideline: CompiledValidator;
  guidelineConfig: CompiledValidator;
  chapterFrontMatter: CompiledValidator;
};
export = validators;
