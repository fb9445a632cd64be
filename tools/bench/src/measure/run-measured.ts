import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { spread, type Spread } from '../stats.js';

const probe = fileURLToPath(new URL('../../probe/probe.cjs', import.meta.url));

/** One run of a Node.js program in a fresh process. */
export interface Run {
  wallMs: number;
  /** User + system CPU time of the process. */
  cpuMs: number;
  maxRssMiB: number;
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  /** Extra flags for node itself, e.g. `--cpu-prof`. */
  nodeFlags?: string[];
  env?: Record<string, string>;
  /** Called before every run (e.g. to clear a cache); not timed. */
  before?: () => void;
}

/**
 * Runs `node <script> <args>` in a fresh process, so start-up, module loading and JIT warm-up
 * count as a user experiences them. Wall time is taken here; CPU time and peak memory are
 * reported by the process itself (probe.cjs), which keeps them honest on a loaded machine.
 */
export function runNode(script: string, args: readonly string[], options: RunOptions): Run {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-probe-'));
  const out = path.join(dir, 'usage.json');
  try {
    options.before?.();
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, [...(options.nodeFlags ?? []), '-r', probe, script, ...args], {
      cwd: options.cwd,
      env: { ...process.env, ...options.env, BENCH_PROBE_OUT: out },
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.error) throw result.error;
    const usage = JSON.parse(readFileSync(out, 'utf8')) as { userUs: number; systemUs: number; maxRssKiB: number };
    return {
      wallMs,
      cpuMs: (usage.userUs + usage.systemUs) / 1000,
      maxRssMiB: usage.maxRssKiB / 1024,
      exitCode: result.status ?? -1,
      stdout: result.stdout,
      stderr: result.stderr,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Medians (and spread) of repeated runs. */
export interface Timing {
  label: string;
  runs: number;
  wallMs: Spread;
  cpuMs: Spread;
  maxRssMiB: Spread;
  exitCodes: number[];
  /** The last run, for its output. */
  last: Run;
}

/** A program to time: `node <script> <args>` with its options. */
export interface Variant extends RunOptions {
  label: string;
  script: string;
  args: readonly string[];
}

/**
 * Times several variants in turn (A B C A B C …) so that a change of load on the machine
 * hits all of them alike: `warmup` untimed rounds (file-system cache, code caches), then the
 * medians of `runs` rounds.
 */
export function timeInterleaved(variants: readonly Variant[], runs: number, warmup = 0): Timing[] {
  const results = variants.map(() => [] as Run[]);
  for (let round = 0; round < warmup + runs; round++) {
    variants.forEach((variant, i) => {
      const run = runNode(variant.script, variant.args, variant);
      if (round >= warmup) results[i]!.push(run);
    });
  }
  return variants.map((variant, i) => summarizeRuns(variant.label, results[i]!));
}

export function summarizeRuns(label: string, runs: readonly Run[]): Timing {
  return {
    label,
    runs: runs.length,
    wallMs: spread(runs.map((run) => run.wallMs)),
    cpuMs: spread(runs.map((run) => run.cpuMs)),
    maxRssMiB: spread(runs.map((run) => run.maxRssMiB)),
    exitCodes: [...new Set(runs.map((run) => run.exitCode))],
    last: runs.at(-1)!,
  };
}
