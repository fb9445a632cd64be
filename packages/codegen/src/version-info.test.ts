import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { contentHash, sourceCommit } from './version-info.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const copy = mkdtempSync(path.join(os.tmpdir(), 'version-info-test-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('version.json facts', () => {
  it('hashes every source file: the same sources give the same hash, one changed byte another', () => {
    cpSync(path.join(repoRoot, 'guideline-src'), path.join(copy, 'guideline-src'), { recursive: true });
    const original = contentHash(repoRoot, 'livmoderkroppscancer');
    expect(contentHash(copy, 'livmoderkroppscancer')).toBe(original);
    const lexiconFile = path.join(copy, 'guideline-src/lexicon/paclitaxel.yaml');
    writeFileSync(lexiconFile, `${readFileSync(lexiconFile, 'utf8')}\n`);
    expect(contentHash(copy, 'livmoderkroppscancer')).not.toBe(original);
    expect(original).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('names no commit for sources outside a git repository, and says why', () => {
    const result = sourceCommit(copy, 'livmoderkroppscancer');
    expect(result.sourceCommit).toBeNull();
    expect(result.sourceCommitNote).toMatch(/git/);
  });
});
