import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ReleaseRecord } from '@guideline-as-code/types';
import { compareVersions, isVersion } from './package-version.js';

/**
 * A release record (`ReleaseRecord`, shared types) is kept by `guideline changeset --record` in
 * `guideline-src/<guideline>/changes/<version>.json`; the build publishes them in each package's `changes.json`.
 */
export type { ReleaseRecord };

/** Where a guideline's release records live, relative to the project root. */
export function releaseRecordsFolder(guideline: string): string {
  return `guideline-src/${guideline}/changes`;
}

/** Every release record of a guideline, newest version first; none when the folder is absent. */
export function readReleaseRecords(root: string, guideline: string): ReleaseRecord[] {
  const folder = path.join(root, releaseRecordsFolder(guideline));
  if (!existsSync(folder)) return [];
  const records = readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .map((name) => readRecord(path.join(folder, name), name.slice(0, -'.json'.length)));
  return records.sort((a, b) => compareVersions(b.version, a.version));
}

/** Writes (or replaces) the record of one version. */
export function writeReleaseRecord(root: string, guideline: string, record: ReleaseRecord): string {
  const folder = path.join(root, releaseRecordsFolder(guideline));
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, `${record.version}.json`);
  writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
  return file;
}

/**
 * The records are written by the tool, never by hand, so a malformed one is a broken
 * repository: the error names the file rather than publishing a wrong history.
 */
function readRecord(file: string, versionFromName: string): ReleaseRecord {
  const record = JSON.parse(readFileSync(file, 'utf8')) as Partial<ReleaseRecord>;
  if (!isVersion(versionFromName) || record.version !== versionFromName || !Array.isArray(record.changes) || record.bump === undefined) {
    throw new Error(`${file}: not a release record (expected { version: "${versionFromName}", bump, changes: [] } named after its version).`);
  }
  return { version: record.version, bump: record.bump, changes: record.changes };
}
