import type { ContentGenerator } from '../content-generator.js';
import { fhirGenerator } from './fhir/fhir-generator.js';
import { knowledgeGraphGenerator } from './knowledge-graph/knowledge-graph-generator.js';
import { referencesGenerator } from './references/references-generator.js';
import { regimensGenerator } from './regimens/regimens-generator.js';
import { rulesGenerator } from './rules/rules-generator.js';

/**
 * The generators `pnpm guideline build` runs, selected per package by
 * `guidelineContent.generator`. A new kind of content package is one more entry here.
 */
export const builtInGenerators: readonly ContentGenerator[] = [fhirGenerator, knowledgeGraphGenerator, referencesGenerator, regimensGenerator, rulesGenerator];

export { fhirGenerator, knowledgeGraphGenerator, referencesGenerator, regimensGenerator, rulesGenerator };
