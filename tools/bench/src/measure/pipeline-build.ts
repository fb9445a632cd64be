import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { clearParseCache, repoRoot } from '../paths.js';
import { spread, type Spread } from '../stats.js';

/** One `pnpm build` of the repository through turbo. */
interface PipelineRun {
  wallMs: number;
  /** User + system CPU time of turbo and every task it ran. */
  cpuMs: number;
  /** Tasks turbo took from its cache, and all tasks. */
  cached: number;
  total: number;
}

export interface PipelineTiming {
  label: string;
  wallMs: Spread;
  cpuMs: Spread;
  cached: number;
  total: number;
}

export interface PipelineBuild {
  cold: PipelineTiming;
  warm: PipelineTiming;
}

const turboBin = path.join(repoRoot, 'node_modules/.bin/turbo');
/** What `pnpm build` runs, without pnpm's own start-up. */
const buildTasks = ['run', 'build', 'guideline:build'];

/**
 * The whole pipeline as a maintainer or CI runs it: every package compiled, then the chapter
 * checked and built into its graph and content packages. Cold: `--force` (turbo runs every
 * task) with an empty parse cache. Warm: the same command right after, every task a cache hit.
 * Runs in the repository itself, so it rewrites dist/ folders with the same bytes: run it last.
 */
export function benchPipelineBuild(rounds: number): PipelineBuild {
  const cold: PipelineRun[] = [];
  const warm: PipelineRun[] = [];
  for (let round = 0; round < rounds; round++) {
    clearParseCache(repoRoot);
    cold.push(runTurbo([...buildTasks, '--force']));
    warm.push(runTurbo(buildTasks));
  }
  return { cold: summarize('pnpm build (cold: turbo --force, no parse cache)', cold), warm: summarize('pnpm build (warm: nothing changed)', warm) };
}

/** Runs turbo under bash, whose `times` gives the CPU time of all its children. */
function runTurbo(args: readonly string[]): PipelineRun {
  const command = `"${turboBin}" ${args.join(' ')} --output-logs=errors-only; status=$?; times; exit $status`;
  const start = process.hrtime.bigint();
  const result = spawnSync('bash', ['-c', command], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' } });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`turbo ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  const tasks = /Cached:\s+(\d+) cached, (\d+) total/.exec(result.stdout);
  // `times` prints the shell's own user/system time, then its children's.
  const children = result.stdout.trim().split('\n').at(-1)!.matchAll(/(\d+)m([\d.]+)s/g);
  const cpuMs = [...children].reduce((sum, [, minutes, seconds]) => sum + (Number(minutes) * 60 + Number(seconds)) * 1000, 0);
  return { wallMs, cpuMs, cached: Number(tasks?.[1] ?? 0), total: Number(tasks?.[2] ?? 0) };
}

function summarize(label: string, runs: readonly PipelineRun[]): PipelineTiming {
  const last = runs.at(-1)!;
  return { label, wallMs: spread(runs.map((run) => run.wallMs)), cpuMs: spread(runs.map((run) => run.cpuMs)), cached: last.cached, total: last.total };
}
