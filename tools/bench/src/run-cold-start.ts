// `pnpm --filter @guideline-as-code/bench bench:cold-start`: the measurements of issue 16 alone
// (cold and warm `check` of the chapter against remark, start-up against an empty `node`, one
// chapter changed in a 100-chapter corpus), in a few minutes instead of the whole bench's
// twenty. Rewrites only its own section of BENCHMARKS.md, with the machine, date, commit and
// load, so that the figures of the full run stay beside it. Options: --chapter-runs=10,
// --incremental-chapters=100.
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { copyRealProject } from './corpus/copy-real-project.js';
import { corpusOfChapters, corpusOfSize, removeCorpus } from './corpus/plan.js';
import { describeMachine } from './machine.js';
import { benchChapterVsRemark, renderChapterVsRemark } from './measure/chapter-vs-remark.js';
import { benchIncremental } from './measure/incremental.js';
import { demoteToWarnings, verifyCorpus } from './measure/verify-corpus.js';
import { repoRoot } from './paths.js';
import { renderIncremental } from './report/build-and-incremental.js';
import { renderMachine } from './report/machine-table.js';
import { coldStartBlock, replaceMarkedBlock } from './report/marked-block.js';

const { values } = parseArgs({
  options: {
    'chapter-runs': { type: 'string', default: '10' },
    'incremental-chapters': { type: 'string', default: '100' },
  },
});
const log = (message: string) => process.stderr.write(`bench:cold-start: ${message}\n`);
const { begin, end } = coldStartBlock;

const machine = describeMachine(repoRoot);
log(`chapter vs remark, ${values['chapter-runs']} rounds (load ${machine.load.toFixed(1)})`);
const realCopy = await copyRealProject(repoRoot, 'livmoderkroppscancer');
const chapter = renderChapterVsRemark(benchChapterVsRemark(realCopy, Number(values['chapter-runs'])));
await rm(realCopy, { recursive: true, force: true });

log(`incremental: ${values['incremental-chapters']} chapters`);
const probe = await corpusOfSize(repoRoot, 1);
const config = demoteToWarnings(verifyCorpus(probe).errorsByRule.keys());
await removeCorpus(probe);
const corpus = await corpusOfChapters(repoRoot, Number(values['incremental-chapters']), config);
const incremental = renderIncremental(benchIncremental(corpus, 3));
await removeCorpus(corpus);

const section = [
  begin,
  '# Issue 16: cold start, measured on its own',
  '',
  ...renderMachine(machine),
  ...chapter.map((line) => line.replace(/^## /, '### ')),
  ...incremental.map((line) => line.replace(/^## /, '### ')),
  end,
].join('\n');

const file = path.join(repoRoot, 'BENCHMARKS.md');
await writeFile(file, replaceMarkedBlock(await readFile(file, 'utf8'), coldStartBlock, section));
process.stdout.write(`${section}\n`);
