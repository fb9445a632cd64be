import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { inject } from 'vitest';

/** The folder of a generated content package (`regimens`, `knowledge-graph`, `references`). */
export function packageDir(name: string): string {
  const dir = inject('generatedPackages')[name];
  if (!dir) throw new Error(`No generated package \`${name}\`.`);
  return dir;
}

/** Imports a generated package's entry point as a consumer would (the built ES module). */
export async function importPackage<T>(name: string): Promise<T> {
  return (await import(pathToFileURL(path.join(packageDir(name), 'dist', 'index.js')).href)) as T;
}
