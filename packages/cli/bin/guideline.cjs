#!/usr/bin/env node
// The `guideline` command. The CLI is bundled into one file (scripts/bundle.mjs) so that start-up
// stays fast, and compiled with a V8 code cache when it is a CommonJS bundle (code-cache.cjs).
'use strict';
// CommonJS: Node.js starts a CommonJS main module without its ES module loader, which is
// measurably faster for a command that runs for a fraction of a second.
const { existsSync } = require('node:fs');
const path = require('node:path');
const v8 = require('node:v8');
const { cacheDirFor, runBundle } = require('./code-cache.cjs');

// A run is short: V8's optimising compiler, as eager as it is by default, spends more CPU on
// compiling hot functions than the compiled code saves. Tiering up 8 times later roughly halves
// the CPU time of a check of one chapter and is a little faster on large corpora too (see
// BENCHMARKS.md). Set before the bundle is compiled, so that the code cache always matches.
v8.setFlagsFromString('--interrupt-budget=540672');

const bundle = path.join(__dirname, '../dist/guideline.cjs');
// `build` and `preview` load packages with import(), which code restored from a cache cannot do.
const cacheDir = process.argv.includes('build') || process.argv.includes('preview') ? null : cacheDirFor(path.join(__dirname, '..'));
if (!existsSync(bundle)) {
  process.stderr.write('guideline: the CLI is not built yet; run `pnpm build` first.\n');
  process.exit(2);
}
runBundle(bundle, cacheDir, runKind(process.argv.slice(2)));

/** What the run does, for its code cache: the command, `version`, or `other` (help, a usage error). */
function runKind(args) {
  if (args.includes('--version') || args.includes('-v')) return 'version';
  const command = args.find((arg) => ['check', 'graph', 'diff', 'changeset'].includes(arg));
  return command ?? 'other';
}
