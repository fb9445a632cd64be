import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Corpus } from '../corpus/write-corpus.js';
import { clearParseCache, guidelineBin } from '../paths.js';
import { runNode, summarizeRuns, type Run, type Timing } from './run-measured.js';

export interface Incremental {
  corpus: Corpus;
  changedFile: string;
  /** `check` with no parse cache: every chapter parsed. */
  cold: Timing;
  /** `check` again, nothing changed. */
  unchanged: Timing;
  /** One chapter changed, then `check` (the whole project, as CI runs it). */
  changedAll: Timing;
  /** One chapter changed, then `check <that chapter>` (as a pre-commit hook or an editor runs it). */
  changedOne: Timing;
}

/**
 * The incremental case of issue 6: in a corpus of many chapters, `check` after one chapter
 * changed should reuse what did not change and take well under a second. Every round edits
 * the same chapter anew (a sentence without doses, so the findings stay the same).
 */
export function benchIncremental(corpus: Corpus, runs: number): Incremental {
  const changedFile = corpus.chapterFiles[Math.floor(corpus.chapterFiles.length / 2)]!;
  const absolute = path.join(corpus.root, changedFile);
  const original = readFileSync(absolute, 'utf8');
  let edits = 0;
  const edit = () => writeFileSync(absolute, `${original.trimEnd()} Meningen ändrades för mätning ${++edits}.\n`);
  const check = (args: string[] = []) => runNode(guidelineBin, ['check', ...args], { cwd: corpus.root });
  try {
    clearParseCache(corpus.root);
    const cold = [check()];
    const unchanged: Run[] = [];
    const changedAll: Run[] = [];
    const changedOne: Run[] = [];
    for (let i = 0; i < runs; i++) {
      unchanged.push(check());
      edit();
      changedAll.push(check());
      edit();
      changedOne.push(check([changedFile]));
    }
    return {
      corpus,
      changedFile,
      cold: summarizeRuns('check (cold: no parse cache)', cold),
      unchanged: summarizeRuns('check (nothing changed)', unchanged),
      changedAll: summarizeRuns('check (one chapter changed)', changedAll),
      changedOne: summarizeRuns('check <changed chapter> (one chapter changed)', changedOne),
    };
  } finally {
    writeFileSync(absolute, original);
  }
}
