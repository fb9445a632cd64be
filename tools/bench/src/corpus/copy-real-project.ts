import { cp, mkdtemp } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A private copy of the real guideline (its folder, the shared lexicon and vocabulary, the
 * rule config), so that a benchmark can edit the chapter without touching the repository.
 */
export async function copyRealProject(repoRoot: string, guideline: string): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'guideline-bench-real-'));
  for (const folder of [guideline, 'lexicon', 'vocabulary']) {
    await cp(path.join(repoRoot, 'guideline-src', folder), path.join(root, 'guideline-src', folder), { recursive: true });
  }
  const config = path.join(repoRoot, 'guideline.config.json');
  if (existsSync(config)) await cp(config, path.join(root, 'guideline.config.json'));
  return root;
}
