/**
 * How many cases a fuzz property runs: `FUZZ_RUNS` from the environment when set (for long
 * runs, e.g. `FUZZ_RUNS=100000 pnpm test`), else a number small enough for every CI run.
 */
export function fuzzRuns(standard: number): number {
  const asked = Number(process.env['FUZZ_RUNS']);
  return Number.isInteger(asked) && asked > 0 ? asked : standard;
}
