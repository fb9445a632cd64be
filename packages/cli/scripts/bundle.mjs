// Bundles the CLI into one CommonJS file, dist/guideline.cjs, with its source map and esbuild's
// metafile (what is in the bundle: `node scripts/bundle-report.mjs`). One file loads far faster
// than hundreds of modules, and a CommonJS file can be compiled by bin/ with a V8 code cache
// (Node 20 has no code cache for ES modules), which saves most of the remaining start-up.
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { build } from 'esbuild';

/** jsonc-parser's ES module build, found from the parser package that depends on it. */
function jsoncParserModule() {
  const fromParser = createRequire(new URL('../../parser/package.json', import.meta.url));
  return new URL('lib/esm/main.js', `file://${fromParser.resolve('jsonc-parser/package.json')}`).pathname;
}

const dist = new URL('../dist/', import.meta.url);
const options = {
  entryPoints: [new URL('../src/cli-entry.ts', import.meta.url).pathname],
  bundle: true,
  platform: 'node',
  target: 'node20',
  // Minifying saved nothing measurable once the code cache is warm; readable stack traces win.
  minify: false,
  sourcemap: true,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  // jsonc-parser's main entry is a UMD module whose require() calls esbuild cannot follow;
  // its ES module build bundles cleanly.
  alias: { 'jsonc-parser': jsoncParserModule() },
};

const result = await build({
  ...options,
  format: 'cjs',
  outfile: new URL('guideline.cjs', dist).pathname,
  // `import.meta.url` does not exist in CommonJS; the bundle's own file URL stands in for it
  // (used to find package.json and to hash the running code for the parse cache).
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "var __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
});
await writeFile(new URL('guideline.meta.json', dist), JSON.stringify(result.metafile));
