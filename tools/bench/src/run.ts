// `pnpm bench`: runs every benchmark, each command in a fresh process, and rewrites
// BENCHMARKS.md with the machine, date and commit. Options: --sizes=1,5,10 (MB of Markdown),
// --runs=3 (repetitions of the corpus measurements), --quick (1 MB, one run), --no-profile.
// BENCH_GUIDELINE_BIN=<path to bin/guideline.cjs> times another build of the CLI.
import { readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { copyRealProject } from './corpus/copy-real-project.js';
import { corpusOfChapters, corpusOfSize, removeCorpus } from './corpus/plan.js';
import type { Corpus } from './corpus/write-corpus.js';
import { describeMachine, waitForQuiet } from './machine.js';
import { benchBuild, type BuildTime } from './measure/build-time.js';
import { benchChapterVsRemark, renderChapterVsRemark } from './measure/chapter-vs-remark.js';
import { benchCheck } from './measure/check-throughput.js';
import { benchIncremental } from './measure/incremental.js';
import { benchLanguageServers } from './measure/language-servers.js';
import { benchOneLargeFile } from './measure/one-large-file.js';
import { benchParseFloor } from './measure/parse-floor.js';
import { benchPipelineBuild } from './measure/pipeline-build.js';
import { benchPreview } from './measure/preview-time.js';
import { demoteToWarnings, renderVerification, verifyCorpus } from './measure/verify-corpus.js';
import { repoRoot, realChapterPath } from './paths.js';
import { profileCheck, renderProfile } from './profile/profile-check.js';
import { renderBuild, renderIncremental, renderPipelineBuild } from './report/build-and-incremental.js';
import { renderLanguageServers } from './report/language-servers.js';
import { renderOneLargeFile } from './report/one-large-file.js';
import { renderMachine } from './report/machine-table.js';
import { coldStartBlock, markedBlock } from './report/marked-block.js';
import { renderPreview } from './report/preview.js';
import { renderThroughput, type SizeResult } from './report/throughput.js';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1,5,10' },
    runs: { type: 'string', default: '3' },
    'chapter-runs': { type: 'string', default: '15' },
    'incremental-chapters': { type: 'string', default: '100' },
    quick: { type: 'boolean', default: false },
    'no-profile': { type: 'boolean', default: false },
  },
});
const quick = values.quick;
const sizes = quick ? [1] : values.sizes.split(',').map(Number);
const runs = quick ? 1 : Number(values.runs);
const chapterRuns = quick ? 3 : Number(values['chapter-runs']);
const incrementalChapters = quick ? 20 : Number(values['incremental-chapters']);
const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

log(`waiting for the machine to be quiet (load ${os.loadavg()[0]?.toFixed(1)})`);
await waitForQuiet(quick ? 0 : undefined);
const machine = describeMachine(repoRoot);
const sections: string[] = [];

log(`chapter vs remark, ${chapterRuns} rounds`);
const realCopy = await copyRealProject(repoRoot, 'livmoderkroppscancer');
sections.push(...renderChapterVsRemark(benchChapterVsRemark(realCopy, chapterRuns)));

log('preview site');
sections.push(...renderPreview(benchPreview(realCopy, quick ? 1 : 5)));

log('language servers: ours against unified-language-server');
const servers = await benchLanguageServers(realCopy, quick ? 20 : 100, quick ? 1 : 5);
sections.push(...renderLanguageServers(servers, machine, os.loadavg()[0] ?? 0));

log('verifying a 1 MB corpus with the real CLI');
const probe = await corpusOfSize(repoRoot, 1);
const verification = verifyCorpus(probe);
await removeCorpus(probe);
sections.push(...renderVerification(verification));
const config = demoteToWarnings(verification.errorsByRule.keys());

const sizeResults: SizeResult[] = [];
const builds: BuildTime[] = [];
let largest: Corpus | undefined;
for (const megabytes of sizes) {
  const corpus = await corpusOfSize(repoRoot, megabytes, config);
  log(`${megabytes} MB corpus (${corpus.chapterFiles.length} chapters): parse floors, check ×${runs}, build`);
  const floors = benchParseFloor(corpus, runs);
  const check = benchCheck(corpus, runs);
  sizeResults.push({ megabytes, floors, check });
  builds.push(benchBuild(corpus, megabytes <= 1 ? runs : 1));
  if (largest) await removeCorpus(largest);
  largest = corpus;
}
sections.push(...renderThroughput(sizeResults), ...renderBuild(builds));

log('one 10 MB chapter: a single line and many lines');
sections.push(...renderOneLargeFile(await benchOneLargeFile(repoRoot, quick ? 1 : 10)));

log(`incremental: ${incrementalChapters} chapters`);
const incrementalCorpus = await corpusOfChapters(repoRoot, incrementalChapters, config);
sections.push(...renderIncremental(benchIncremental(incrementalCorpus, Math.max(runs, 3))));
await removeCorpus(incrementalCorpus);

if (!values['no-profile']) {
  log('profiles');
  sections.push(
    '## Where the time goes',
    '',
    '`guideline check` under `node --cpu-prof`, self time per function mapped through the bundle’s source map to the package it comes from. ' +
      '“V8 outside JS” is compiling and runtime work the profiler cannot give to a function; Node.js internals include the module loader and file system; V8 reports the time spent matching regular expressions on its own, whichever package runs them.',
    '',
    ...renderProfile(profileCheck(`One chapter (\`${realChapterPath}\`)`, realCopy, [realChapterPath])),
  );
  if (largest) sections.push(...renderProfile(profileCheck(`The ${sizes.at(-1)} MB corpus`, largest.root)));
}
if (largest) await removeCorpus(largest);
await rm(realCopy, { recursive: true, force: true });

// Last: it rebuilds every package in place, this benchmark's own dist/ included.
log('pnpm build of the whole pipeline, cold and warm');
sections.push(...renderPipelineBuild(benchPipelineBuild(quick ? 1 : 3)));

const header = [
  '# Benchmarks',
  '',
  'Written by `pnpm bench` (tools/bench); `pnpm bench --quick` for a smoke run. Every command runs in a fresh Node.js process, as a user starts it; ' +
    'wall time is taken by the parent, CPU time (user + system) and peak RSS by the process itself. Compare runs on the same machine only.',
  '',
  ...renderMachine(machine),
];
// The section `bench:cold-start` wrote on its own is kept: this run does not measure it.
const file = path.join(repoRoot, 'BENCHMARKS.md');
const coldStart = markedBlock(await readFile(file, 'utf8').catch(() => ''), coldStartBlock);
const text = `${[...header, ...sections, ...(coldStart ? [coldStart] : [])].join('\n').trimEnd()}\n`;
await writeFile(file, text);
process.stdout.write(text);
