#!/usr/bin/env node
// The language server over stdio: `guideline-language-server --stdio`. It is bundled into one
// CommonJS file (scripts/bundle.mjs) and compiled with a V8 code cache, as the CLI is, so that
// an editor waits less for it to start.
'use strict';
// CommonJS: Node.js starts a CommonJS main module without its ES module loader.
const { existsSync } = require('node:fs');
const path = require('node:path');

const bundle = path.join(__dirname, '../dist/guideline-language-server.cjs');
if (!existsSync(bundle)) {
  process.stderr.write('guideline-language-server: the server is not built yet; run `pnpm build` first.\n');
  process.exit(2);
}
// The CLI's bin/code-cache.cjs, copied by scripts/bundle.mjs (with the bundle, so it is there).
const { cacheDirFor, runBundle } = require('../dist/code-cache.cjs');
// Beside the CLI's cache folder, not in it: a run removes the caches of other bundles in its folder.
const cacheDir = path.join(path.dirname(cacheDirFor(path.join(__dirname, '..'))), 'guideline-language-server');
runBundle(bundle, cacheDir, 'server');
