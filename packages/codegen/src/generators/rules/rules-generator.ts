import { jsonComment } from '../../banner.js';
import type { ContentGenerator } from '../../content-generator.js';
import { readPatientFacts, readRules } from './read-rules.js';
import { patientFactsModule, ruleDataModule, rulesIndexModule } from './rule-modules.js';
import { publishedSchema } from '../../schema/content-schemas.js';

/** The rules package: the decision rules as data (JSON and JsonLogic), typed patient facts, and an evaluator. */
export const rulesGenerator: ContentGenerator = {
  id: 'rules',
  generate({ package: info, index, parsed }) {
    const rules = readRules(index);
    const facts = readPatientFacts(parsed.patientFacts);
    const origin = `guideline-src/${info.guideline.key}`;
    return {
      modules: {
        'index.ts': rulesIndexModule(info),
        'rule-data.ts': ruleDataModule(rules, facts, info),
        'patient-facts.ts': patientFactsModule(facts),
      },
      runtime: ['apply-rules.ts', 'package-info.ts', 'rule-evaluation.ts', 'rule-types.ts', 'unknown-id.ts'],
      json: {
        'rules.json': { $comment: jsonComment(origin), package: info, patientFacts: facts, rules },
        'rules.schema.json': publishedSchema('rules', info.name, origin),
      },
    };
  },
};
