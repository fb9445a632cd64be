// Tests of what the bin runs: the CommonJS bundles of scripts/bundle.mjs, through a V8 code cache.
// The other tests cannot see two ways they could break: the server reads as usual when its
// early-reading worker fails (only its log says so), and code restored from a code cache
// cannot run import(), which would fail only where a bundle still holds one.
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LogMessageNotification } from 'vscode-languageserver-protocol';
import { LspClient } from './client/lsp-client.js';
import { rememberedFolder } from './workspace/remembered-findings.js';

const packageDir = fileURLToPath(new URL('../', import.meta.url));
const bin = path.join(packageDir, 'bin/guideline-language-server.cjs');
const codeCacheDir = path.join(packageDir, 'node_modules/.cache/guideline-language-server');
const chapterPath = 'guideline-src/livmoderkroppscancer/13-behandling-av-aterfall.md';

let project: string;

beforeAll(async () => {
  project = await mkdtemp(path.join(os.tmpdir(), 'guideline-lsp-bundle-'));
  await cp(path.join(packageDir, '../../guideline-src'), path.join(project, 'guideline-src'), { recursive: true });
});

afterAll(() => rm(project, { recursive: true, force: true }));

/** Starts the bin with nothing kept, opens the chapter: its findings, and what the server logged. */
async function openChapter(): Promise<{ findings: number; logged: string[] }> {
  await rm(path.join(project, rememberedFolder), { recursive: true, force: true });
  const client = LspClient.start({ script: bin, args: ['--stdio'], cwd: project });
  const logged: string[] = [];
  client.connection.onNotification(LogMessageNotification.type, ({ message }) => logged.push(message));
  await client.initialize(pathToFileURL(project).href);
  const uri = pathToFileURL(path.join(project, chapterPath)).href;
  await client.open(uri, await readFile(path.join(project, chapterPath), 'utf8'), 1);
  const { diagnostics } = await client.diagnosticsFor(uri, 1);
  expect(await client.stop(), client.stderr).toBe(0);
  return { findings: diagnostics.length, logged };
}

describe('the bundled server', () => {
  it('holds no import(), which code restored from a code cache cannot run', async () => {
    for (const bundle of ['guideline-language-server.cjs', 'read-early.cjs']) {
      expect(await readFile(path.join(packageDir, 'dist', bundle), 'utf8')).not.toMatch(/\bimport\(/);
    }
  });

  it('both bundles are ASCII-only, so that V8 keeps their source as a one-byte string (cli/scripts/ascii-only.mjs)', async () => {
    for (const bundle of ['guideline-language-server.cjs', 'read-early.cjs']) {
      expect((await readFile(path.join(packageDir, 'dist', bundle))).every((byte) => byte < 0x80)).toBe(true);
    }
  });

  it('both bundles know the version of their code: one hash of both, stamped in at build time', async () => {
    const codes = await Promise.all(['guideline-language-server.cjs', 'read-early.cjs'].map((bundle) => readFile(path.join(packageDir, 'dist', bundle), 'utf8')));
    const stamped = codes.map((code) => /const bundleHash = true \? "([0-9a-f]{64})"/.exec(code)?.[1]);
    expect(stamped[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(stamped[1]).toBe(stamped[0]);
    for (const code of codes) expect(code).not.toContain('__SERVER_BUNDLE_HASH_PLACEHOLDER__');
  });

  it('reads early in its worker bundle, and does so again when started from the code cache its first run left', async () => {
    const first = await openChapter();
    expect((await readdir(codeCacheDir)).some((name) => name.endsWith('-server.cache'))).toBe(true);
    const second = await openChapter();
    for (const run of [first, second]) {
      expect(run.findings).toBeGreaterThan(0);
      // Nothing logged: in particular, not that reading the guidelines early failed.
      expect(run.logged).toEqual([]);
    }
    expect(second.findings).toBe(first.findings);
  }, 120_000);
});
