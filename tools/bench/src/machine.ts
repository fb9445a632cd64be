import { execFileSync } from 'node:child_process';
import os from 'node:os';

/** What a benchmark result depends on: the machine, the runtime, the date and the commit. */
export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  date: string;
  commit: string;
  /** 1-minute load average when the benchmark started; above half the cores the machine was busy. */
  load: number;
}

export function describeMachine(root: string): MachineInfo {
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8' }).trim();
    if (dirty) commit += ' (with uncommitted changes)';
  } catch {
    // Not a git checkout (e.g. an unpacked tarball): the commit stays "unknown", as the table says.
  }
  return {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    date: new Date().toISOString().slice(0, 10),
    commit,
    load: os.loadavg()[0] ?? 0,
  };
}

/**
 * Waits (up to `limitMs`) until the 1-minute load average falls below half the cores, so that
 * the build `pnpm bench` runs first, or a test run just before, does not weigh on the numbers.
 */
export async function waitForQuiet(limitMs = 180_000): Promise<void> {
  const quiet = os.cpus().length * 0.5;
  const deadline = Date.now() + limitMs;
  while ((os.loadavg()[0] ?? 0) >= quiet && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 5000));
  }
}
