import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from '../paths.js';
import { replaceSection } from './replace-section.js';

/** Rewrites one `## ` section of BENCHMARKS.md (appended when missing), leaving the others as they are. */
export async function rewriteSection(heading: string, section: readonly string[]): Promise<void> {
  const file = path.join(repoRoot, 'BENCHMARKS.md');
  // A missing file is a first run: start it with the title.
  const before = await readFile(file, 'utf8').catch(() => '# Benchmarks\n');
  await writeFile(file, replaceSection(before, heading, section));
}
