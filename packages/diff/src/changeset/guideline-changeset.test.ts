import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readChangesetReleases } from './changeset-file.js';
import { checkGuidelineChangeset, writeGuidelineChangeset } from './guideline-changeset.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const chapterPath = 'guideline-src/livmoderkroppscancer/13-behandling-av-aterfall.md';
const root = mkdtempSync(path.join(os.tmpdir(), 'guideline-changeset-test-'));
const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', ...args], { cwd: root, encoding: 'utf8' });

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A repository with the real guideline, the content packages' package.json and the changesets config, committed as `base`. */
function repository(): void {
  cpSync(path.join(repoRoot, 'guideline-src'), path.join(root, 'guideline-src'), { recursive: true });
  for (const name of readdirSync(path.join(repoRoot, 'packages/content'))) {
    mkdirSync(path.join(root, 'packages/content', name), { recursive: true });
    cpSync(path.join(repoRoot, 'packages/content', name, 'package.json'), path.join(root, 'packages/content', name, 'package.json'));
  }
  mkdirSync(path.join(root, '.changeset'));
  cpSync(path.join(repoRoot, '.changeset/config.json'), path.join(root, '.changeset/config.json'));
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-qm', 'base');
  git('tag', 'base');
}

describe('guideline changeset', () => {
  it('fails the check for a dose change without changeset or with a patch one, and passes with the one it writes', async () => {
    repository();
    expect((await checkGuidelineChangeset(root, 'base')).ok).toBe(true);
    const chapter = path.join(root, chapterPath);
    writeFileSync(chapter, readFileSync(chapter, 'utf8').replace('| paklitaxel | 175 mg/m2 |', '| paklitaxel | 150 mg/m2 |'));
    expect(await checkGuidelineChangeset(root, 'base')).toMatchObject({ ok: false, declared: null });

    const packages = ['@rcc-livmoderkroppscancer/regimens'];
    writeFileSync(path.join(root, '.changeset/too-low.md'), `---\n"${packages[0]}": patch\n---\n\nTypo.\n`);
    expect(await checkGuidelineChangeset(root, 'base')).toMatchObject({ ok: false, declared: 'patch' });
    rmSync(path.join(root, '.changeset/too-low.md'));

    const written = await writeGuidelineChangeset(root, 'base');
    const text = readFileSync(written.written!, 'utf8');
    const releases = readChangesetReleases(text);
    expect(releases.map((release) => release.type)).toEqual(releases.map(() => 'major'));
    expect(releases.map((release) => release.name)).toContain('@rcc-livmoderkroppscancer/regimens');
    expect(text).toContain('Paklitaxel i KarPak: 175 mg/m2 → 150 mg/m2');
    expect(await checkGuidelineChangeset(root, 'base')).toMatchObject({ ok: true, declared: 'major' });
  });
});
