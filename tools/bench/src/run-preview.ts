// `pnpm --filter @guideline-as-code/bench bench:preview`: the preview site's build time alone
// (issue 15). Rewrites only its own section of BENCHMARKS.md. Options: --runs=10.
import { rm } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { copyRealProject } from './corpus/copy-real-project.js';
import { describeMachine } from './machine.js';
import { benchPreview } from './measure/preview-time.js';
import { repoRoot } from './paths.js';
import { renderMachine } from './report/machine-table.js';
import { previewHeading, renderPreview } from './report/preview.js';
import { rewriteSection } from './report/rewrite-section.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '10' } } });
const machine = describeMachine(repoRoot);
process.stderr.write(`bench: preview, ${values.runs} rounds (load ${machine.load.toFixed(1)})\n`);
const root = await copyRealProject(repoRoot, 'livmoderkroppscancer');
try {
  const [heading, ...rest] = renderPreview(benchPreview(root, Number(values.runs)));
  const section = [heading!, '', ...renderMachine(machine), ...rest];
  await rewriteSection(previewHeading, section);
  process.stdout.write(`${section.join('\n')}\n`);
} finally {
  await rm(root, { recursive: true, force: true });
}
