import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { VersionDiff } from '../diff-versions.js';

/**
 * The JSON diff that `guideline changeset` stores next to the changeset it writes
 * (`.changeset/guideline-<hash>.changes.json`), so that the version that consumes the
 * changeset can record the changes as data. changesets reads only `.md` files and leaves it.
 */
export interface PendingChanges {
  /** The changeset file it belongs to, e.g. `guideline-1a2b3c4d.md`. */
  changeset: string;
  diff: VersionDiff;
}

const suffix = '.changes.json';

/** Writes the pending changes of a changeset file (a path ending in `.md`). */
export function writePendingChanges(changesetFile: string, diff: VersionDiff): string {
  const file = changesetFile.replace(/\.md$/, suffix);
  const pending: PendingChanges = { changeset: path.basename(changesetFile), diff };
  writeFileSync(file, `${JSON.stringify(pending, null, 2)}\n`);
  return file;
}

/** The pending changes in `.changeset/`, with whether `changeset version` consumed their changeset. */
export function readPendingChanges(root: string): { file: string; pending: PendingChanges; consumed: boolean }[] {
  const folder = path.join(root, '.changeset');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith(suffix))
    .sort()
    .map((name) => {
      const file = path.join(folder, name);
      const pending = JSON.parse(readFileSync(file, 'utf8')) as PendingChanges;
      return { file, pending, consumed: !existsSync(path.join(folder, pending.changeset)) };
    });
}
