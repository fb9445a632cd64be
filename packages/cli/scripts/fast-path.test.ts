// The bin's fast path (the bundle started from its V8 code cache, unchanged sources taken from
// the parse cache) must print exactly what the plain path prints (no code cache, no parse
// cache): byte for byte, with the same exit code, on the real chapter, on a broken chapter, and
// after an edit that changes findings across chapters. Runs the real bin in child processes.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../bin/guideline.cjs', import.meta.url));
const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));
const guideline = 'guideline-src/livmoderkroppscancer';
const chapter = `${guideline}/13-behandling-av-aterfall.md`;
const copyOfChapter = `${guideline}/14-kopia.md`;

let roots: string[] = [];
afterEach(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
  roots = [];
});

/** A copy of the real guideline with its lexicon and vocabulary, in a folder of its own (its own parse cache). */
function copyOfProject(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'guideline-fast-path-'));
  roots.push(root);
  for (const part of [guideline, 'guideline-src/lexicon', 'guideline-src/vocabulary']) cpSync(path.join(repositoryRoot, part), path.join(root, part), { recursive: true });
  return root;
}

function edit(root: string, file: string, change: (text: string) => string): void {
  const absolute = path.join(root, file);
  const before = readFileSync(absolute, 'utf8');
  const after = change(before);
  expect(after).not.toBe(before);
  writeFileSync(absolute, after);
}

/** The real chapter renumbered as chapter 14 (own section numbers, regimen and rule ids): a second chapter with cross-chapter findings. */
function renumbered(text: string): string {
  return text.replace(/^(#+ )13\b/gm, '$114').replace(/\{#([a-z0-9-]+)/g, '{#$1-14').replace(/regim=([a-z-]+)/g, 'regim=$1-14');
}

function check(root: string, args: string[], plain: boolean) {
  const env = { ...process.env, ...(plain ? { GUIDELINE_CODE_CACHE: 'off' } : {}) };
  const result = spawnSync(process.execPath, [bin, 'check', ...args, ...(plain ? ['--no-cache'] : [])], { cwd: root, encoding: 'utf8', env });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The plain path's output, and the fast path's on a first run (caches being made) and a second (caches used). */
function expectFastAsPlain(root: string, args: string[]) {
  const plain = check(root, args, true);
  expect(check(root, args, false)).toEqual(plain);
  expect(check(root, args, false)).toEqual(plain);
  return plain;
}

describe('the fast path prints what the plain path prints', () => {
  it('on the real chapter', () => {
    const root = copyOfProject();
    const pretty = expectFastAsPlain(root, [chapter]);
    expect(pretty.status).toBe(0);
    expect(pretty.stdout).toContain('0 fel, 9 varningar, 2 godtagna');
    expectFastAsPlain(root, ['--format', 'json', '--lang', 'en']);
  });

  it('on a broken chapter: a citation to no reference, an unclosed block, a dose without its drug', () => {
    const root = copyOfProject();
    edit(root, chapter, (text) =>
      text
        .replace('[@126; @133]', '[@9126]')
        .replace(':::regimen[Dostarlimab]', ':::regimen[Dostarlimab')
        .replace('| dostarlimab | 500 mg |', '| | 500 mg |'),
    );
    const broken = expectFastAsPlain(root, [chapter]);
    expect(broken.status).toBe(1);
    expectFastAsPlain(root, ['--format', 'sarif']);
  });

  it('after a citation and a dose change in one of two chapters: the findings across chapters follow, as a cold run gives them', () => {
    const root = copyOfProject();
    writeFileSync(path.join(root, copyOfChapter), renumbered(readFileSync(path.join(root, chapter), 'utf8')));
    const before = expectFastAsPlain(root, []);
    edit(root, chapter, (text) => text.replace('[@126; @133]', '[@133]'));
    edit(root, copyOfChapter, (text) => text.replaceAll('dostarlimab 500 mg', 'dostarlimab 600 mg'));
    const after = expectFastAsPlain(root, []);
    expect(after.stdout).not.toBe(before.stdout);
    // Checking only the edited chapter gives its lines of the same findings.
    const one = expectFastAsPlain(root, [copyOfChapter]);
    expect(after.stdout).toContain(one.stdout.split('\n').find((line) => line.includes('600 mg')) ?? 'a finding about 600 mg');
  });
});
