import { fileURLToPath } from 'node:url';

// Files of this package that the server finds at run time, from where its code is. Both builds
// run it from dist/: tsc's output as dist/package-files.js, the CommonJS bundles as dist/*.cjs
// (scripts/bundle.mjs), in which `import.meta.url` is defined as the bundle's own file URL.
// The only module that uses `import.meta.url`, so that no path is right in one build only.

/** The early-reading worker's bundle, a file name in dist/; defined only in the bundles, by scripts/bundle.mjs. */
declare const __earlyReadingBundle: string | undefined;

/** This package's package.json. */
export function packageManifest(): string {
  return fileURLToPath(new URL('../package.json', import.meta.url));
}

/** The script a worker thread runs for the early reading (`early/read-early.ts`): its own bundle, or tsc's output of it. */
export function earlyReadingScript(): URL {
  return new URL(typeof __earlyReadingBundle === 'string' ? `./${__earlyReadingBundle}` : './early/read-early.js', import.meta.url);
}
