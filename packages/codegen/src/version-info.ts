import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { releaseRecordsFolder } from '@guideline-as-code/diff';
import { guidelineFolders } from '@guideline-as-code/parser';

/**
 * What `version.json` in every content package says about the build: the package version,
 * the guideline's edition, a hash of every source file the guideline is built from, and the
 * git commit of those sources. The commit is null when git is not available, the project is
 * not a repository, or the sources have uncommitted changes (a commit would then not be what
 * was built); `sourceCommitNote` says which.
 */
export interface VersionInfo {
  package: string;
  version: string;
  guideline: string;
  edition: string | null;
  /** `sha256:` of every file under the guideline's folder (but its release records), the lexicon and the vocabulary, in path order. */
  contentHash: string;
  sourceCommit: string | null;
  sourceCommitNote: string | null;
}

/** The hash of a guideline's sources: each file's path and bytes, sorted by path. */
export function contentHash(projectRoot: string, key: string): string {
  const hash = createHash('sha256');
  // The release records are written when a version is released, from sources already hashed.
  const records = `${releaseRecordsFolder(key)}/`;
  const sources = guidelineFolders(key).flatMap((folder) => filesUnder(projectRoot, folder)).filter((file) => !file.startsWith(records));
  for (const file of sources.sort()) {
    hash.update(`${file}\0`).update(readFileSync(path.join(projectRoot, file))).update('\0');
  }
  return `sha256:${hash.digest('hex')}`;
}

function filesUnder(root: string, folder: string): string[] {
  const full = path.join(root, folder);
  if (!existsSync(full) || !statSync(full).isDirectory()) return [];
  return readdirSync(full, { withFileTypes: true }).flatMap((entry) => {
    const relative = `${folder}/${entry.name}`;
    return entry.isDirectory() ? filesUnder(root, relative) : entry.isFile() ? [relative] : [];
  });
}

/** The commit the guideline's sources are at, or null with the reason. */
export function sourceCommit(projectRoot: string, key: string): { sourceCommit: string | null; sourceCommitNote: string | null } {
  const git = (args: string[]) => execFileSync('git', args, { cwd: projectRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  let commit: string;
  try {
    commit = git(['rev-parse', 'HEAD']);
  } catch (error) {
    // No git, or not a repository: the package is still built, without a commit.
    return { sourceCommit: null, sourceCommitNote: `git could not name the commit (${(error as Error).message.split('\n')[0]}).` };
  }
  const dirty = git(['status', '--porcelain', '--', ...guidelineFolders(key)]);
  if (dirty !== '') return { sourceCommit: null, sourceCommitNote: 'The sources had uncommitted changes when the package was built.' };
  return { sourceCommit: commit, sourceCommitNote: null };
}
