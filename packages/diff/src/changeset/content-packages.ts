import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { compareVersions } from '../releases/package-version.js';

interface ContentManifest {
  name: string;
  version: string;
  guidelineContent?: { guideline?: string };
}

function contentManifests(root: string): ContentManifest[] {
  const folder = path.join(root, 'packages', 'content');
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(folder, entry.name, 'package.json')))
    .map((entry) => JSON.parse(readFileSync(path.join(folder, entry.name, 'package.json'), 'utf8')) as ContentManifest);
}

/** The names of the published content packages (`packages/content/*`), which release together. */
export function contentPackageNames(root: string): string[] {
  return contentManifests(root)
    .map((manifest) => manifest.name)
    .sort();
}

/**
 * The version of each guideline's content packages, by guideline folder name. The packages of
 * one guideline share a version (a changesets `fixed` group); should they not, the highest counts.
 */
export function contentPackageVersions(root: string): Map<string, string> {
  const versions = new Map<string, string>();
  for (const { version, guidelineContent } of contentManifests(root)) {
    const guideline = guidelineContent?.guideline;
    if (guideline === undefined) continue;
    const known = versions.get(guideline);
    if (known === undefined || compareVersions(version, known) > 0) versions.set(guideline, version);
  }
  return new Map([...versions].sort(([a], [b]) => a.localeCompare(b)));
}
