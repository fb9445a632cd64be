// Bundles the CLI into dist/guideline.js: one file loads far faster than hundreds of modules,
// and start-up is most of the time of a `check` run on one chapter.
import { build } from 'esbuild';

await build({
  entryPoints: [new URL('../src/cli-entry.ts', import.meta.url).pathname],
  outfile: new URL('../dist/guideline.js', import.meta.url).pathname,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: false,
  sourcemap: true,
  legalComments: 'none',
  // CommonJS dependencies (ajv's runtime helpers) need `require` inside an ES module bundle.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
