import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Corpus } from '../corpus/write-corpus.js';
import { clearParseCache, guidelineBin } from '../paths.js';
import { timeInterleaved, type Timing } from './run-measured.js';

export interface BuildTime {
  corpus: Corpus;
  timing: Timing;
  /** Files and bytes the last run wrote under build/. */
  outputFiles: number;
  outputBytes: number;
}

/**
 * `guideline build` on a corpus (check, then write every guideline's graph and content
 * packages), from an empty build/ folder and an empty parse cache.
 */
export function benchBuild(corpus: Corpus, runs: number): BuildTime {
  const out = path.join(corpus.root, 'build');
  const [timing] = timeInterleaved(
    [
      {
        label: 'guideline build',
        cwd: corpus.root,
        script: guidelineBin,
        args: ['build'],
        before: () => {
          rmSync(out, { recursive: true, force: true });
          clearParseCache(corpus.root);
        },
      },
    ],
    runs,
  );
  const files = listFiles(out);
  return { corpus, timing: timing!, outputFiles: files.length, outputBytes: files.reduce((sum, file) => sum + statSync(file).size, 0) };
}

function listFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return []; // nothing was written
  }
  return entries.flatMap((entry) => (entry.isDirectory() ? listFiles(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
}
