// Writes docs/rules.md at the repository root from the registry of finding ids and the built
// rule modules: `pnpm --filter @guideline-as-code/checks docs`.
import { writeFile } from 'node:fs/promises';
import { allRules, renderRulesDocs } from '../dist/index.js';

await writeFile(new URL('../../../docs/rules.md', import.meta.url), renderRulesDocs(allRules));
