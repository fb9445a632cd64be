import { compareVersions, readReleaseRecords } from '@guideline-as-code/diff';
import type { ChangesFile } from '@guideline-as-code/types';

export type { ChangesFile };

/**
 * `changes.json` of a content package: the clinical changes of every released version up to
 * the package's own, newest first, so that an app can show what changed since the version it
 * had (docs/versioning.md). Read from `guideline-src/<guideline>/changes/`, which
 * `guideline changeset --record` writes when `changeset version` releases.
 */
export function changesFile(projectRoot: string, pkg: { name: string; version: string; guideline: string }): ChangesFile {
  const releases = readReleaseRecords(projectRoot, pkg.guideline).filter((record) => compareVersions(record.version, pkg.version) <= 0);
  return { package: pkg.name, version: pkg.version, guideline: pkg.guideline, releases };
}
