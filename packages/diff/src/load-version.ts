import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { KnowledgeGraph } from '@guideline-as-code/model';
import { findGuidelines, loadGuideline, sourcesFolder } from '@guideline-as-code/parser';
import { VersionNotFoundError, versionProblems } from './version-not-found.js';

/** The guidelines of one version, by key. */
export type VersionGraphs = Map<string, KnowledgeGraph>;

/**
 * Reads the graphs of one version: `undefined` is the working tree of `repoRoot`, an existing
 * folder is a project root (a folder holding `guideline-src/`), anything else is a git
 * revision, whose `guideline-src/` is extracted with `git archive` into a temporary folder.
 * Throws `VersionNotFoundError` when `spec` names neither, or a version without `guideline-src/`.
 */
export async function loadVersion(repoRoot: string, spec: string | undefined): Promise<VersionGraphs> {
  if (spec === undefined) return loadRoot(repoRoot);
  const folder = path.resolve(repoRoot, spec);
  if (existsSync(folder) && statSync(folder).isDirectory()) {
    if (!existsSync(path.join(folder, sourcesFolder))) throw new VersionNotFoundError(versionProblems.folderWithoutSources(spec, sourcesFolder));
    return loadRoot(folder);
  }
  checkRevision(repoRoot, spec);
  const temp = mkdtempSync(path.join(os.tmpdir(), 'guideline-diff-'));
  try {
    const archive = execFileSync('git', ['archive', '--format=tar', spec, sourcesFolder], { cwd: repoRoot, maxBuffer: 512 * 1024 * 1024 });
    execFileSync('tar', ['-x', '-C', temp], { input: archive });
    return await loadRoot(temp);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/** Git's own errors name neither the cause nor the fix; these say which of the two it is. */
function checkRevision(repoRoot: string, spec: string): void {
  const succeeds = (args: string[]) => spawnSync('git', args, { cwd: repoRoot, stdio: 'ignore' }).status === 0;
  // `--end-of-options` so that a spec starting with `-` is never read as an option.
  if (!succeeds(['rev-parse', '--verify', '--quiet', '--end-of-options', `${spec}^{commit}`])) throw new VersionNotFoundError(versionProblems.notARevision(spec));
  if (!succeeds(['cat-file', '-e', `${spec}:${sourcesFolder}`])) throw new VersionNotFoundError(versionProblems.revisionWithoutSources(spec, sourcesFolder));
}

async function loadRoot(root: string): Promise<VersionGraphs> {
  const graphs: VersionGraphs = new Map();
  for (const key of await findGuidelines(root)) graphs.set(key, (await loadGuideline(root, key)).graph);
  return graphs;
}
