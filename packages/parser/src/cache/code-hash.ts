import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

// The code that reads sources, as a hash: parse results and findings kept on disk are
// addressed by it, so that results made by other code are never reused. Shared by the CLI
// (run from tsc's output) and the language server.

/**
 * A hash of packages' code: every file of code or data under each one's dist/ (not source maps
 * or type declarations, which change nothing a run does), and its third-party dependencies' versions.
 */
export function hashOfPackages(packages: readonly ToolchainPackage[]): string {
  const hash = createHash('sha256');
  for (const pkg of [...packages].sort((a, b) => a.dir.localeCompare(b.dir))) {
    hash.update(`package ${pkg.dir}\n`);
    for (const file of filesUnder(path.join(pkg.dir, 'dist'))) hash.update(`${file.length}:${file}`).update(readFileSync(file));
    for (const [name, used] of pkg.thirdParty) hash.update(`${name}@${used}\n`);
  }
  return hash.digest('hex');
}

export interface ToolchainPackage {
  /** The package's folder. */
  dir: string;
  /** Its third-party dependencies and the version installed, sorted by name. */
  thirdParty: [string, string][];
}

/** The package of the package.json `from` and every `@guideline-as-code/*` package it depends on, found through Node's resolution. */
export function toolchainPackages(from: string): ToolchainPackage[] {
  const found = new Map<string, ToolchainPackage>();
  const visit = (linked: string): void => {
    // Through the link pnpm makes, a package is found once per package that depends on it.
    const packageJsonFile = realpathSync(linked);
    const dir = path.dirname(packageJsonFile);
    if (found.has(dir)) return;
    const manifest = JSON.parse(readFileSync(packageJsonFile, 'utf8')) as { dependencies?: Record<string, string> };
    const entry: ToolchainPackage = { dir, thirdParty: [] };
    found.set(dir, entry);
    for (const name of Object.keys(manifest.dependencies ?? {}).sort()) {
      const dependency = installedManifest(packageJsonFile, name);
      if (name.startsWith('@guideline-as-code/')) visit(dependency);
      else entry.thirdParty.push([name, (JSON.parse(readFileSync(dependency, 'utf8')) as { version: string }).version]);
    }
  };
  visit(from);
  return [...found.values()];
}

/**
 * The package.json of a dependency as Node.js would find it from a package (not through
 * require.resolve: a package's `exports` may not list its package.json).
 */
function installedManifest(fromPackageJson: string, name: string): string {
  const searched = createRequire(fromPackageJson).resolve.paths(name) ?? [];
  const found = searched.map((dir) => path.join(dir, name, 'package.json')).find((file) => existsSync(file));
  if (found === undefined) throw new Error(`${name}, a dependency of ${fromPackageJson}, is not installed`);
  return found;
}

/** Every file under a folder, in a stable order; none when it does not exist (not built). */
function filesUnder(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  } catch {
    return []; // not built: nothing to hash
  }
  return entries
    .filter((entry) => entry.isFile() && /\.(?:c|m)?js$|\.json$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}
