import { mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadGuideline } from '@guideline-as-code/parser';
import { buildContentPackages } from '../build-content-packages.js';
import { findContentPackages } from '../content-packages.js';

export const repositoryRoot = fileURLToPath(new URL('../../../../', import.meta.url));

// Inside this package, so that generated modules resolve the dose calculator as an installed
// package would; node_modules/.cache is ignored by git and by every tool.
const scratch = fileURLToPath(new URL('../../node_modules/.cache/codegen-test/', import.meta.url));

/** A fresh folder for generated packages. */
export async function scratchFolder(prefix: string): Promise<string> {
  await mkdir(scratch, { recursive: true });
  return mkdtemp(path.join(scratch, prefix));
}

/**
 * Generates the content packages of the repository's real guideline into `folder`, each as
 * `<folder>/<name>/` with its committed package.json (workspace versions resolved, as packing
 * does) and the generated `dist/`, and links them
 * into `<folder>/consumer/node_modules` as an install would. Returns the package folders by name.
 */
export async function generateRealPackages(folder: string): Promise<Record<string, string>> {
  const parsed = await loadGuideline(repositoryRoot, 'livmoderkroppscancer');
  const packages = (await findContentPackages(repositoryRoot)).filter((pkg) => pkg.guideline === 'livmoderkroppscancer');
  const results = await buildContentPackages({
    projectRoot: repositoryRoot,
    parsed,
    packages,
    outDir: (pkg) => path.join(folder, path.basename(pkg.dir), 'dist'),
  });
  const dirs: Record<string, string> = {};
  await mkdir(path.join(folder, 'consumer', 'node_modules', '@rcc-livmoderkroppscancer'), { recursive: true });
  for (const result of results) {
    if (result.status !== 'written') continue;
    const name = path.basename(result.package.dir);
    const dir = path.join(folder, name);
    await writeFile(path.join(dir, 'package.json'), await packedManifest(result.package.dir));
    await symlink(dir, path.join(folder, 'consumer', 'node_modules', '@rcc-livmoderkroppscancer', name), 'dir');
    dirs[name] = dir;
  }
  return dirs;
}

/** A content package's package.json as `pnpm pack` writes it: `workspace:` ranges become versions. */
async function packedManifest(dir: string): Promise<string> {
  const manifest = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  for (const [name, range] of Object.entries(manifest.dependencies ?? {})) {
    if (!range.startsWith('workspace:')) continue;
    const dependency = JSON.parse(await readFile(path.join(repositoryRoot, 'packages', name.split('/')[1]!, 'package.json'), 'utf8')) as { version: string };
    const prefix = range.slice('workspace:'.length);
    manifest.dependencies![name] = prefix === '*' ? dependency.version : `${prefix}${dependency.version}`;
  }
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
