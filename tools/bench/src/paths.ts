import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
/**
 * The `guideline` bin as installed in the workspace: what `npx guideline` and hooks start.
 * BENCH_GUIDELINE_BIN times another build of it instead (e.g. a copy, to compare two versions).
 */
export const guidelineBin = process.env.BENCH_GUIDELINE_BIN ?? path.join(repoRoot, 'node_modules/@guideline-as-code/cli/bin/guideline.cjs');
export const remarkBin = path.join(repoRoot, 'node_modules/remark-cli/cli.js');
/** The real chapter the benchmarks measure and the synthetic corpora replicate, relative to the repository root. */
export const realGuideline = 'guideline-src/livmoderkroppscancer';
export const realChapterFile = '13-behandling-av-aterfall.md';
export const realChapterPath = `${realGuideline}/${realChapterFile}`;

/** Where the CLI keeps its caches of a project (content-hash caches), relative to its root. */
export const cachesDir = 'node_modules/.cache/guideline-as-code';
/** The parse results (chapters, YAML sources, findings); the compiled lexicon is kept beside them. */
export const parseCacheDir = `${cachesDir}/parse`;

/**
 * Forgets a project's parse results, so that the next `check` reads every chapter and YAML
 * source again, as for chapters never seen; the compiled drug lexicon, which depends only on
 * the lexicon files, is kept (see `clearAllCaches`).
 */
export function clearParseCache(projectRoot: string): void {
  rmSync(path.join(projectRoot, parseCacheDir), { recursive: true, force: true });
}

/** Forgets every cache of a project, the compiled lexicon too, as right after installing. */
export function clearAllCaches(projectRoot: string): void {
  rmSync(path.join(projectRoot, cachesDir), { recursive: true, force: true });
}

/** The counts of `guideline check`'s summary line (`✖ 13 fel, 27 varningar, 6 godtagna`, `✔ 0 fel, 1 varning, 1 godtagen`). */
export function checkSummary(output: string): { errors: number; warnings: number } | null {
  const match = /(\d+) (?:fel|errors?), (\d+) (?:varning(?:ar)?|warnings?)/.exec(output);
  return match ? { errors: Number(match[1]), warnings: Number(match[2]) } : null;
}
