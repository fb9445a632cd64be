import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Where content packages live, relative to the project root: one folder per package. */
export const contentPackagesFolder = 'packages/content';

/** A content package as its committed package.json declares it. */
export interface ContentPackage {
  /** The package folder (absolute). */
  readonly dir: string;
  readonly name: string;
  readonly version: string;
  /** Which guideline it is built from (a folder under guideline-src/). */
  readonly guideline: string;
  /** Which generator builds it, e.g. `regimens`. */
  readonly generator: string;
}

/**
 * The content packages of a project: every `packages/content/<name>/package.json` with a
 * `guidelineContent: { guideline, generator }` field, sorted by folder. A package.json
 * without that field is not a content package and is left alone.
 */
export async function findContentPackages(projectRoot: string): Promise<ContentPackage[]> {
  const folder = path.join(projectRoot, contentPackagesFolder);
  let names: string[];
  try {
    names = (await readdir(folder, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const packages: ContentPackage[] = [];
  for (const name of names.sort()) {
    const dir = path.join(folder, name);
    const manifest = await readManifest(path.join(dir, 'package.json'));
    if (manifest) packages.push({ dir, ...manifest });
  }
  return packages;
}

async function readManifest(file: string): Promise<Omit<ContentPackage, 'dir'> | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const json = JSON.parse(text) as { name?: unknown; version?: unknown; guidelineContent?: { guideline?: unknown; generator?: unknown } };
  const content = json.guidelineContent;
  if (content === undefined) return undefined;
  const { name, version } = json;
  const { guideline, generator } = content;
  if (typeof name !== 'string' || typeof version !== 'string' || typeof guideline !== 'string' || typeof generator !== 'string') {
    throw new Error(`${file}: a content package needs a string \`name\`, \`version\` and \`guidelineContent: { guideline, generator }\`.`);
  }
  return { name, version, guideline, generator };
}
