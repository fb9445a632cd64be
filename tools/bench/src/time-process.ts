import { spawnSync } from 'node:child_process';

export interface ProcessTiming {
  command: string;
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  exitCodes: number[];
}

/**
 * Wall time of a whole process, as an editor or pre-commit hook experiences it: start-up
 * included. A few warm-up runs fill the file-system cache first; then the median of `runs`.
 */
export function timeProcess(label: string, command: string, args: string[], cwd: string, runs = 15, warmup = 3): ProcessTiming {
  const times: number[] = [];
  const exitCodes = new Set<number>();
  for (let i = 0; i < warmup + runs; i++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(command, args, { cwd, stdio: 'ignore' });
    const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.error) throw result.error;
    exitCodes.add(result.status ?? -1);
    if (i >= warmup) times.push(elapsed);
  }
  times.sort((a, b) => a - b);
  return {
    command: label,
    runs,
    medianMs: times[Math.floor(times.length / 2)]!,
    minMs: times[0]!,
    maxMs: times.at(-1)!,
    exitCodes: [...exitCodes],
  };
}
