import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type Impact, impactOrder } from '../change.js';
import { diffVersions, type VersionDiff } from '../diff-versions.js';
import { changelogMarkdown, type DiffLanguage } from '../format-diff.js';
import { readChangesetReleases, writeChangeset } from './changeset-file.js';
import { contentPackageNames } from './content-packages.js';
import { writePendingChanges } from '../releases/pending-changes.js';

/** What `guideline changeset` did or found. */
export interface ChangesetResult {
  diff: VersionDiff;
  /** The file written (write mode). */
  written: string | null;
  /** The JSON diff written next to it, recorded per version by `guideline changeset --record`. */
  pendingChanges: string | null;
  /** The highest bump the changesets added since base give the content packages (check mode). */
  declared: Impact | null;
  ok: boolean;
}

/**
 * Writes `.changeset/guideline-<hash>.md` for the content packages with the bump the clinical
 * changes since `base` call for and the clinical changelog as its summary, and the changes as
 * JSON next to it (`guideline-<hash>.changes.json`). Nothing is written when nothing changed.
 */
export async function writeGuidelineChangeset(root: string, base: string, language: DiffLanguage = 'sv'): Promise<ChangesetResult> {
  const diff = await diffVersions(root, base);
  if (diff.bump === null) return { diff, written: null, pendingChanges: null, declared: null, ok: true };
  const summary = changelogMarkdown(diff, language);
  const text = writeChangeset({ releases: contentPackageNames(root).map((name) => ({ name, type: diff.bump! })), summary });
  const file = path.join(root, '.changeset', `guideline-${createHash('sha256').update(text).digest('hex').slice(0, 8)}.md`);
  writeFileSync(file, text);
  return { diff, written: file, pendingChanges: writePendingChanges(file, diff), declared: diff.bump, ok: true };
}

/**
 * `guideline changeset --check`: fails when the guideline changed since `base` and the
 * changesets added since then give the content packages no bump, or a lower one.
 */
export async function checkGuidelineChangeset(root: string, base: string): Promise<ChangesetResult> {
  const diff = await diffVersions(root, base);
  const names = new Set(contentPackageNames(root));
  let declared: Impact | null = null;
  for (const file of changesetsSince(root, base)) {
    for (const release of readChangesetReleases(readFileSync(path.join(root, file), 'utf8'))) {
      if (!names.has(release.name)) continue;
      if (declared === null || impactOrder.indexOf(release.type) > impactOrder.indexOf(declared)) declared = release.type;
    }
  }
  const ok = diff.bump === null || (declared !== null && impactOrder.indexOf(declared) >= impactOrder.indexOf(diff.bump));
  return { diff, written: null, pendingChanges: null, declared, ok };
}

/** Changeset files added or changed since `base`, committed or not. */
function changesetsSince(root: string, base: string): string[] {
  const git = (args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
  const files = [
    ...git(['diff', '--name-only', '--diff-filter=AM', base, '--', '.changeset']),
    ...git(['ls-files', '--others', '--exclude-standard', '--', '.changeset']),
  ];
  return [...new Set(files)].filter((file) => file.endsWith('.md') && !file.endsWith('README.md') && existsSync(path.join(root, file)));
}
