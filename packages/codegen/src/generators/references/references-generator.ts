import { jsonComment } from '../../banner.js';
import type { ContentGenerator } from '../../content-generator.js';
import { readReferences, readTrials } from './read-references.js';
import { referenceDataModule, referencesIndexModule } from './reference-modules.js';
import { publishedSchema } from '../../schema/content-schemas.js';

/** The references package: CSL-JSON, where each reference is cited, and the trials with NCT ids. */
export const referencesGenerator: ContentGenerator = {
  id: 'references',
  generate({ package: info, index }) {
    const references = readReferences(index);
    const trials = readTrials(index);
    const origin = `guideline-src/${info.guideline.key}`;
    return {
      modules: { 'index.ts': referencesIndexModule(info), 'reference-data.ts': referenceDataModule(references, trials, info) },
      runtime: ['package-info.ts', 'reference-types.ts', 'unknown-id.ts'],
      json: {
        // Plain CSL-JSON for citation processors: only what the reference list gives.
        'references.csl.json': references.map((reference) => reference.csl),
        'references.json': { $comment: jsonComment(origin), package: info, references, trials },
        'references.schema.json': publishedSchema('references', info.name, origin),
      },
    };
  },
};
