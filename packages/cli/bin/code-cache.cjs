// Runs the bundled CLI (a CommonJS file) compiled with a V8 code cache: the bytecode of every
// function the previous run compiled, so start-up skips most parsing and compiling. The cache
// is an optimisation only: it is used when it provably belongs to this exact bundle and Node.js
// (its name holds a hash of both, its content a checksum), and anything that goes wrong with it
// (missing, corrupt, rejected by V8, folder not writable) just means compiling as without one.
// The language server's bin uses it too: its scripts/bundle.mjs copies this file into its dist/.
'use strict';
// CommonJS, as the bin: Node.js starts a CommonJS main module faster than an ES module.
const { createHash } = require('node:crypto');
const { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const vm = require('node:vm');

const { createRequire } = Module;

const magic = Buffer.from('guideline-v8-code-cache\n');
const digestLength = 32;

/**
 * Runs `bundle` (a CommonJS file) as the main program, through a code cache kept in `cacheDir`,
 * or with a plain require() when `cacheDir` is null or GUIDELINE_CODE_CACHE=off. `kind` names
 * what the run does (`check`, `version`, …): each kind has its own cache, made by a run of that
 * kind, so that `--version` does not read the bytecode of a whole check and a check never starts
 * from the few functions a `--version` compiled (a cache V8 accepts is not written again).
 *
 * Code run this way cannot use import(): Node.js 20 loses the dynamic-import callback of a
 * script restored from a code cache, so none is given and import() fails on every run (not
 * only on the second); a command that imports at run time must be started with cacheDir null.
 */
function runBundle(bundle, cacheDir, kind = 'run') {
  const require = createRequire(bundle);
  if (cacheDir === null || process.env.GUIDELINE_CODE_CACHE === 'off') {
    require(bundle);
    return;
  }
  // Hashed as read (bytes): hashing the decoded string would encode it to UTF-8 once more.
  const bytes = readFileSync(bundle);
  const key = createHash('sha256').update(`${process.version} ${process.arch}\n`).update(bytes).digest('hex').slice(0, 24);
  const source = bytes.toString('utf8');
  const cacheFile = path.join(cacheDir, `guideline-${key}-${kind.replace(/[^a-z]/g, '')}.cache`);
  const cachedData = readCache(cacheFile);
  const script = new vm.Script(Module.wrap(source), { filename: bundle, cachedData });
  if (cachedData === undefined || script.cachedDataRejected) {
    // At exit, so the cache also holds the functions this run compiled lazily.
    process.once('exit', () => writeCache(cacheDir, cacheFile, () => script.createCachedData()));
  }
  const module = { exports: {}, filename: bundle, id: '.', loaded: false };
  script.runInThisContext()(module.exports, require, module, bundle, path.dirname(bundle));
}

/** The cache's V8 data if the file is complete and unaltered, else undefined. */
function readCache(file) {
  let content;
  try {
    content = readFileSync(file);
  } catch {
    return undefined; // no cache yet
  }
  const header = magic.length + digestLength;
  if (content.length <= header || !content.subarray(0, magic.length).equals(magic)) return undefined;
  const data = content.subarray(header);
  const digest = createHash('sha256').update(data).digest();
  return digest.equals(content.subarray(magic.length, header)) ? data : undefined;
}

/** Writes the cache atomically and removes caches of other bundles (of this one's other kinds, not); never throws. */
function writeCache(dir, file, produce) {
  try {
    const data = produce();
    mkdirSync(dir, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, Buffer.concat([magic, createHash('sha256').update(data).digest(), data]));
    renameSync(temporary, file);
    const ofThisBundle = `${path.basename(file).split('-').slice(0, 2).join('-')}-`;
    for (const name of readdirSync(dir)) {
      if (name.startsWith('guideline-') && !name.startsWith(ofThisBundle) && !name.endsWith('.tmp')) rmSync(path.join(dir, name), { force: true });
    }
  } catch {
    // A read-only or full disk: the command has run; the next run compiles without a cache again.
  }
}

/**
 * Where the cache lives: `node_modules/.cache/guideline/` of the project that installed the
 * CLI, or of the CLI package itself when it is not installed (a workspace checkout).
 */
function cacheDirFor(packageDir) {
  const parts = packageDir.split(path.sep);
  const index = parts.indexOf('node_modules');
  const nodeModules = index > 0 ? parts.slice(0, index + 1).join(path.sep) : path.join(packageDir, 'node_modules');
  return path.join(nodeModules, '.cache', 'guideline');
}

module.exports = { runBundle, cacheDirFor };
