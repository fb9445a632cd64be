import { rmSync } from 'node:fs';
import { type GuidelineChange, type Impact, higher } from '../change.js';
import { contentPackageVersions } from '../changeset/content-packages.js';
import { readPendingChanges } from './pending-changes.js';
import { readReleaseRecords, writeReleaseRecord } from './release-record.js';

/** A release record that `recordReleasedChanges` wrote. */
export interface RecordedRelease {
  guideline: string;
  version: string;
  file: string;
  changes: number;
}

/**
 * Run after `changeset version`: every guideline changeset that it consumed has its changes
 * recorded under the version the content packages now have
 * (`guideline-src/<guideline>/changes/<version>.json`), and its pending JSON is removed.
 * A version reached without a guideline changeset (a fix in the generated code) is recorded
 * with no changes, so that `changes.json` lists every released version. Running it twice
 * changes nothing.
 */
export function recordReleasedChanges(root: string): RecordedRelease[] {
  const released = readPendingChanges(root).filter((entry) => entry.consumed);
  const recorded: RecordedRelease[] = [];
  for (const [guideline, version] of contentPackageVersions(root)) {
    const existing = readReleaseRecords(root, guideline).find((record) => record.version === version);
    const added = released.flatMap(({ pending }) =>
      pending.diff.guidelines.filter((diff) => diff.guideline === `guideline:${guideline}` || diff.guideline === guideline).flatMap((diff) => diff.changes),
    );
    if (existing && added.length === 0) continue;
    const changes = [...(existing?.changes ?? []), ...added];
    const file = writeReleaseRecord(root, guideline, { version, bump: highestImpact(changes), changes });
    recorded.push({ guideline, version, file, changes: changes.length });
  }
  for (const { file } of released) rmSync(file);
  return recorded;
}

function highestImpact(changes: readonly GuidelineChange[]): Impact | null {
  return changes.reduce<Impact | null>((top, change) => (top === null ? change.impact : higher(top, change.impact)), null);
}
