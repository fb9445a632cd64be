// `pnpm bench:lsp`: the language-server benchmark alone. Rewrites only its own section of
// BENCHMARKS.md (appended when there is none). Options: --edits=100, --starts=5.
import { rm } from 'node:fs/promises';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { copyRealProject } from './corpus/copy-real-project.js';
import { describeMachine } from './machine.js';
import { benchLanguageServers } from './measure/language-servers.js';
import { repoRoot } from './paths.js';
import { languageServerHeading, renderLanguageServers } from './report/language-servers.js';
import { rewriteSection } from './report/rewrite-section.js';

const { values } = parseArgs({ options: { edits: { type: 'string', default: '100' }, starts: { type: 'string', default: '5' } } });
process.stderr.write(`bench: language servers, ${values.edits} edits, ${values.starts} starts (load ${os.loadavg()[0]?.toFixed(1)})\n`);
const machine = describeMachine(repoRoot);
const root = await copyRealProject(repoRoot, 'livmoderkroppscancer');
try {
  const result = await benchLanguageServers(root, Number(values.edits), Number(values.starts));
  const section = renderLanguageServers(result, machine, os.loadavg()[0] ?? 0);
  await rewriteSection(languageServerHeading, section);
  process.stdout.write(`${section.join('\n')}\n`);
} finally {
  await rm(root, { recursive: true, force: true });
}
