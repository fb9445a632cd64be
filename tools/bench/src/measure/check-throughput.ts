import type { Corpus } from '../corpus/write-corpus.js';
import { checkSummary, clearParseCache, guidelineBin } from '../paths.js';
import { timeInterleaved, type Timing } from './run-measured.js';

export interface CheckThroughput {
  corpus: Corpus;
  timing: Timing;
  summary: { errors: number; warnings: number } | null;
}

/**
 * `guideline check` on a whole corpus, through the bin, with the parse cache cleared before
 * every run: the cost of checking this much Markdown that the tool has not seen before.
 */
export function benchCheck(corpus: Corpus, runs: number): CheckThroughput {
  const [timing] = timeInterleaved(
    [{ label: 'guideline check', cwd: corpus.root, script: guidelineBin, args: ['check'], before: () => clearParseCache(corpus.root) }],
    runs,
  );
  return { corpus, timing: timing!, summary: checkSummary(timing!.last.stdout) };
}
