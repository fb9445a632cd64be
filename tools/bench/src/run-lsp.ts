// `pnpm bench:lsp`: the language-server benchmark alone. Rewrites only its own section of
// BENCHMARKS.md (appended when there is none). Options: --edits=100, --starts=5.
import { readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { copyRealProject } from './corpus/copy-real-project.js';
import { describeMachine } from './machine.js';
import { benchLanguageServers } from './measure/language-servers.js';
import { repoRoot } from './paths.js';
import { languageServerHeading, renderLanguageServers } from './report/language-servers.js';
import { replaceSection } from './report/replace-section.js';

const { values } = parseArgs({ options: { edits: { type: 'string', default: '100' }, starts: { type: 'string', default: '5' } } });
process.stderr.write(`bench: language servers, ${values.edits} edits, ${values.starts} starts (load ${os.loadavg()[0]?.toFixed(1)})\n`);
const machine = describeMachine(repoRoot);
const root = await copyRealProject(repoRoot, 'livmoderkroppscancer');
try {
  const result = await benchLanguageServers(root, Number(values.edits), Number(values.starts));
  const section = renderLanguageServers(result, machine, os.loadavg()[0] ?? 0);
  const file = path.join(repoRoot, 'BENCHMARKS.md');
  const before = await readFile(file, 'utf8').catch(() => '# Benchmarks\n');
  await writeFile(file, replaceSection(before, languageServerHeading, section));
  process.stdout.write(`${section.join('\n')}\n`);
} finally {
  await rm(root, { recursive: true, force: true });
}
