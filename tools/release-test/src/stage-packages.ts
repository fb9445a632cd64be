import { cpSync, existsSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The part of package.json that staging reads and rewrites. */
export interface Manifest {
  name: string;
  version: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  scripts?: Record<string, string>;
  publishConfig?: Record<string, unknown>;
  [field: string]: unknown;
}

export function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as Manifest;
}

/**
 * `workspace:*`, `workspace:^` and `workspace:~` as `pnpm publish` writes them: the version
 * of the workspace package, exact or with the range operator.
 */
export function resolveWorkspaceRanges(dependencies: Record<string, string> | undefined, versions: ReadonlyMap<string, string>): Record<string, string> | undefined {
  if (dependencies === undefined) return undefined;
  return Object.fromEntries(
    Object.entries(dependencies).map(([name, range]) => {
      const match = /^workspace:(.*)$/.exec(range);
      if (!match) return [name, range];
      const version = versions.get(name);
      if (version === undefined) throw new Error(`${name} is a workspace dependency that is not being published.`);
      const operator = match[1];
      return [name, operator === '*' ? version : operator === '^' || operator === '~' ? `${operator}${version}` : operator!];
    }),
  );
}

/**
 * Copies a package folder to `destination` as it would be published: workspace ranges
 * resolved, and without scripts, dev dependencies or a `publishConfig` that could run code or
 * send it to another registry. `node_modules` is left behind.
 */
export function stagePackage(source: string, destination: string, versions: ReadonlyMap<string, string>): Manifest {
  cpSync(source, destination, { recursive: true, dereference: true, filter: (file) => path.basename(file) !== 'node_modules' });
  const { scripts: _scripts, devDependencies: _dev, publishConfig: _publish, ...manifest } = readManifest(source);
  const staged: Manifest = { ...manifest };
  const dependencies = resolveWorkspaceRanges(manifest.dependencies, versions);
  if (dependencies) staged.dependencies = dependencies;
  writeFileSync(path.join(destination, 'package.json'), `${JSON.stringify(staged, null, 2)}\n`);
  return staged;
}

/**
 * The folders of every third-party package that the given packages need at run time, found
 * the way Node.js finds them (the nearest `node_modules/<name>` upwards from the real path,
 * which in pnpm's layout is the package's siblings), each once.
 */
export function thirdPartyClosure(packageDirs: readonly string[], isWorkspacePackage: (name: string) => boolean): string[] {
  const found = new Map<string, string>();
  const visit = (dir: string) => {
    const manifest = readManifest(dir);
    const needed = { ...manifest.optionalDependencies, ...manifest.dependencies };
    for (const name of Object.keys(needed)) {
      if (isWorkspacePackage(name)) continue;
      const depDir = resolvePackage(dir, name);
      if (depDir === undefined) {
        if (manifest.optionalDependencies?.[name] !== undefined) continue;
        throw new Error(`${manifest.name} needs ${name}, which is not installed in the workspace.`);
      }
      const depManifest = readManifest(depDir);
      const key = `${depManifest.name}@${depManifest.version}`;
      if (found.has(key)) continue;
      found.set(key, depDir);
      visit(depDir);
    }
  };
  for (const dir of packageDirs) visit(dir);
  return [...found.values()];
}

function resolvePackage(from: string, name: string): string | undefined {
  let dir = realpathSync(from);
  for (;;) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return realpathSync(candidate);
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
