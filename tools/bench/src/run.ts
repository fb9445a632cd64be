// `pnpm bench`: runs every benchmark and rewrites BENCHMARKS.md with the machine, date and commit.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchCheckVsRemark } from './check-vs-remark.js';
import { describeMachine } from './machine.js';
import { markdownTable, ms } from './markdown-table.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const chapter = 'guideline-src/livmoderkroppscancer/13-behandling-av-aterfall.md';

const machine = describeMachine(root);
const sections: string[] = [];

const startup = benchCheckVsRemark(root, chapter);
sections.push(
  '## `guideline check` on one chapter, as a whole process',
  '',
  `Wall time of a process started the way a pre-commit hook or editor task starts it (the bin, no pnpm), on \`${chapter}\`; median of ${startup.guideline.runs} runs after 3 warm-up runs.`,
  'Aim (issue 4): our check, which parses, builds the graph and runs every rule, at most half of remark-cli’s wall time with `remark-preset-lint-recommended`.',
  '',
  markdownTable(
    ['command', 'median', 'min', 'max'],
    [startup.guideline, startup.remark].map((t) => [`\`${t.command}\``, ms(t.medianMs), ms(t.minMs), ms(t.maxMs)]),
  ),
  '',
  `Ratio guideline / remark: **${startup.ratio.toFixed(2)}** (aim ≤ 0.50: ${startup.ratio <= 0.5 ? 'met' : 'missed'}).`,
  '',
);

const header = [
  '# Benchmarks',
  '',
  'Written by `pnpm bench` (tools/bench). Numbers are wall times on the machine below; compare runs on the same machine only.',
  '',
  markdownTable(['machine', 'cores', 'memory', 'os', 'node', 'date', 'commit'], [[machine.cpu, machine.cores, `${machine.memoryGiB} GiB`, machine.os, machine.node, machine.date, machine.commit]]),
  '',
];
await writeFile(path.join(root, 'BENCHMARKS.md'), `${[...header, ...sections].join('\n').trimEnd()}\n`);
process.stdout.write(`${[...header, ...sections].join('\n')}\n`);
