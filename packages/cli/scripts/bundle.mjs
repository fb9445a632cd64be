// Bundles the CLI into one CommonJS file, dist/guideline.cjs, with its source map and esbuild's
// metafile (what is in the bundle: `node scripts/bundle-report.mjs`). One file loads far faster
// than hundreds of modules, and a CommonJS file can be compiled by bin/ with a V8 code cache
// (Node 20 has no code cache for ES modules), which saves most of the remaining start-up.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { asciiOnly } from './ascii-only.mjs';

/** jsonc-parser's ES module build, found from the parser package that depends on it. */
function jsoncParserModule() {
  const fromParser = createRequire(new URL('../../parser/package.json', import.meta.url));
  return new URL('lib/esm/main.js', `file://${fromParser.resolve('jsonc-parser/package.json')}`).pathname;
}

const dist = new URL('../dist/', import.meta.url);
/**
 * Stands in for the bundle's own SHA-256 (src/code-version.ts): replaced after bundling by the
 * hash of the bundle as written with it, at the same length so the source map stays right.
 * The parse cache is then keyed on all the code that runs, at no cost at start-up.
 */
const hashPlaceholder = 'guideline-bundle-hash-placeholder'.padEnd(64, '-');
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
  // (used to find package.json).
  define: { 'import.meta.url': '__bundleUrl', __guidelineBundleHash: JSON.stringify(hashPlaceholder) },
  banner: { js: "var __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
});
await writeFile(new URL('guideline.meta.json', dist), JSON.stringify(result.metafile));
await stampBundleHash(new URL('guideline.cjs', dist));

/** Writes the bundle ASCII-only (`ascii-only.mjs`), with its own SHA-256 where the placeholder stands. */
async function stampBundleHash(file) {
  const code = asciiOnly(await readFile(file, 'utf8'));
  if (!code.includes(hashPlaceholder)) throw new Error('bundle.mjs: the bundle does not use __guidelineBundleHash; its parse cache would not know its code');
  const hash = createHash('sha256').update(code).digest('hex');
  await writeFile(file, code.replaceAll(hashPlaceholder, hash));
}
