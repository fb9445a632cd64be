import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';

/** The names of the published content packages (`packages/content/*`), which release together. */
export function contentPackageNames(root: string): string[] {
  const folder = path.join(root, 'packages', 'content');
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(folder, entry.name, 'package.json')))
    .map((entry) => (JSON.parse(readFileSync(path.join(folder, entry.name, 'package.json'), 'utf8')) as { name: string }).name)
    .sort();
}
