// Tests of bin/code-cache.cjs: the V8 code cache must only ever make start-up faster. A cache
// that is missing, corrupt, truncated, made for other code or impossible to write is ignored,
// and the command behaves exactly as without one. Runs a tiny CommonJS "bundle" in child processes.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const loader = fileURLToPath(new URL('../bin/code-cache.cjs', import.meta.url));

let dir: string;
let bundle: string;
let cacheDir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'code-cache-test-'));
  bundle = path.join(dir, 'bundle.cjs');
  cacheDir = path.join(dir, 'node_modules', '.cache', 'guideline');
  writeBundle('v1');
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

function writeBundle(version: string): void {
  writeFileSync(
    bundle,
    [
      "'use strict';",
      "const path = require('node:path');",
      `function greet(name) { return 'hello ' + name + ' from ${version}'; }`,
      'process.stdout.write(greet(path.basename(__filename)) + "\\n");',
      'process.exitCode = Number(process.env.EXIT_CODE ?? 0);',
    ].join('\n'),
  );
}

/** Runs the bundle through runBundle in a child process; `target` 'null' means no cache. */
function run(env: Record<string, string> = {}, target = cacheDir, kind = 'check') {
  const script = `import(${JSON.stringify(loader)}).then((m) => m.runBundle(${JSON.stringify(bundle)}, ${target === 'null' ? 'null' : JSON.stringify(target)}, ${JSON.stringify(kind)}))`;
  return spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', env: { ...process.env, ...env } });
}

const cacheFiles = () => {
  try {
    return readdirSync(cacheDir);
  } catch {
    return [];
  }
};

describe('runBundle', () => {
  it('runs the bundle, keeps its exit code, and writes a cache that the next run uses', () => {
    const first = run({ EXIT_CODE: '3' });
    expect(first.stdout).toBe('hello bundle.cjs from v1\n');
    expect(first.status).toBe(3);
    expect(cacheFiles()).toHaveLength(1);
    const [name] = cacheFiles();
    const written = readFileSync(path.join(cacheDir, name!));
    const second = run();
    expect(second.stdout).toBe('hello bundle.cjs from v1\n');
    expect(second.status).toBe(0);
    // A cache that V8 accepted is not written again.
    expect(readFileSync(path.join(cacheDir, name!)).equals(written)).toBe(true);
  });

  it('ignores a corrupt or truncated cache and replaces it', () => {
    run();
    const file = path.join(cacheDir, cacheFiles()[0]!);
    const good = readFileSync(file);
    const corrupt = Buffer.from(good);
    corrupt[corrupt.length - 10]! ^= 0xff;
    for (const broken of [corrupt, good.subarray(0, good.length >> 1), Buffer.from('garbage'), Buffer.alloc(0)]) {
      writeFileSync(file, broken);
      const result = run();
      expect(result.stdout).toBe('hello bundle.cjs from v1\n');
      expect(result.status).toBe(0);
      expect(result.stderr).toBe('');
      expect(readFileSync(file).length).toBeGreaterThan(100);
    }
  });

  it('never uses the cache of other code, and removes it', () => {
    run();
    const old = cacheFiles();
    writeBundle('v2'); // same length as v1: V8's own check (the source length) would not see the change
    const result = run();
    expect(result.stdout).toBe('hello bundle.cjs from v2\n');
    const now = cacheFiles();
    expect(now).toHaveLength(1);
    expect(now[0]).not.toBe(old[0]);
  });

  it('keeps one cache per kind of run, made by a run of that kind, and removes them all for a new bundle', () => {
    run({}, cacheDir, 'version');
    const [version] = cacheFiles();
    run({}, cacheDir, 'check');
    expect(cacheFiles()).toHaveLength(2);
    expect(cacheFiles().map((name) => name.replace(/^guideline-[0-9a-f]+-/, '')).sort()).toEqual(['check.cache', 'version.cache']);
    const versionCache = readFileSync(path.join(cacheDir, version!));
    run({}, cacheDir, 'version');
    expect(readFileSync(path.join(cacheDir, version!)).equals(versionCache)).toBe(true);
    writeBundle('v2');
    expect(run({}, cacheDir, 'version').stdout).toBe('hello bundle.cjs from v2\n');
    expect(cacheFiles()).toHaveLength(1);
    expect(cacheFiles()[0]).not.toBe(version);
  });

  it('works when the cache cannot be written', () => {
    const blocked = path.join(dir, 'a-file');
    writeFileSync(blocked, 'not a folder');
    const result = run({}, path.join(blocked, 'cache'));
    expect(result.stdout).toBe('hello bundle.cjs from v1\n');
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
  });

  it('writes nothing when switched off', () => {
    const result = run({ GUIDELINE_CODE_CACHE: 'off' });
    expect(result.stdout).toBe('hello bundle.cjs from v1\n');
    expect(cacheFiles()).toHaveLength(0);
  });

  it('runs a bundle that uses import() when there is no cache, and makes import() fail at once with one', () => {
    writeFileSync(bundle, "import('node:path').then((p) => process.stdout.write(p.basename(__filename) + '\\n'), (e) => process.stdout.write(e.code + '\\n'));");
    expect(run({}, 'null').stdout).toBe('bundle.cjs\n');
    // Node.js 20 loses the import() callback of code restored from a cache; failing on the first
    // run too (not only on the second, cached one) lets tests find such a command.
    expect(run().stdout).toBe('ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING\n');
    expect(run().stdout).toBe('ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING\n');
  });
});

describe('the guideline bin', () => {
  const bin = fileURLToPath(new URL('../bin/guideline.cjs', import.meta.url));

  it('checks the chapter alike with and without the code cache', () => {
    const root = fileURLToPath(new URL('../../../', import.meta.url));
    const check = (env: Record<string, string>) => spawnSync(process.execPath, [bin, 'check', '--format', 'json'], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });
    const reference = check({ GUIDELINE_CODE_CACHE: 'off' });
    for (const run of [check({}), check({})]) {
      expect(run.stderr).toBe('');
      expect(run.status).toBe(reference.status);
      expect(run.stdout).toBe(reference.stdout);
    }
  });

  it('prints the version through the bundle', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(execFileSync(process.execPath, [bin, '--version'], { encoding: 'utf8' }).trim()).toBe(pkg.version);
  });
});
