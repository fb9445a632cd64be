import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { writeGuidelineChangeset } from '../changeset/guideline-changeset.js';
import { compareVersions } from './package-version.js';
import { readPendingChanges } from './pending-changes.js';
import { recordReleasedChanges } from './record-changes.js';
import { readReleaseRecords } from './release-record.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const chapterPath = 'guideline-src/livmoderkroppscancer/13-behandling-av-aterfall.md';
const root = mkdtempSync(path.join(os.tmpdir(), 'guideline-record-test-'));
const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', ...args], { cwd: root, encoding: 'utf8' });

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The real guideline and the content packages' package.json at `version`, committed as `base`. */
function repository(version: string): void {
  cpSync(path.join(repoRoot, 'guideline-src'), path.join(root, 'guideline-src'), { recursive: true });
  rmSync(path.join(root, 'guideline-src/livmoderkroppscancer/changes'), { recursive: true, force: true });
  for (const name of readdirSync(path.join(repoRoot, 'packages/content'))) {
    mkdirSync(path.join(root, 'packages/content', name), { recursive: true });
    cpSync(path.join(repoRoot, 'packages/content', name, 'package.json'), path.join(root, 'packages/content', name, 'package.json'));
  }
  setVersions(version);
  mkdirSync(path.join(root, '.changeset'));
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-qm', 'base');
  git('tag', 'base');
}

/** What `changeset version` does to the content packages: a new version in each package.json. */
function setVersions(version: string): void {
  for (const name of readdirSync(path.join(root, 'packages/content'))) {
    const file = path.join(root, 'packages/content', name, 'package.json');
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), version }, null, 2));
  }
}

describe('guideline changeset --record', () => {
  it('records the changes of a consumed changeset under the version changeset version gave, once', async () => {
    repository('1.0.0');
    // The first release: no guideline changeset, so the version is recorded with no changes.
    expect(recordReleasedChanges(root).map((release) => [release.version, release.changes])).toEqual([['1.0.0', 0]]);

    const chapter = path.join(root, chapterPath);
    writeFileSync(chapter, readFileSync(chapter, 'utf8').replace('| paklitaxel | 175 mg/m2 |', '| paklitaxel | 150 mg/m2 |'));
    const written = await writeGuidelineChangeset(root, 'base');
    expect(readPendingChanges(root)).toEqual([expect.objectContaining({ consumed: false })]);
    // Before `changeset version` consumed the changeset, nothing is released.
    expect(recordReleasedChanges(root)).toEqual([]);
    expect(existsSync(written.pendingChanges!)).toBe(true);

    rmSync(written.written!);
    setVersions('2.0.0');
    const recorded = recordReleasedChanges(root);
    expect(recorded.map((release) => release.version)).toEqual(['2.0.0']);
    expect(existsSync(written.pendingChanges!)).toBe(false);
    const [latest, first] = readReleaseRecords(root, 'livmoderkroppscancer');
    expect(first).toEqual({ version: '1.0.0', bump: null, changes: [] });
    expect(latest?.version).toBe('2.0.0');
    expect(latest?.bump).toBe('major');
    expect(latest?.changes).toContainEqual(
      expect.objectContaining({ kind: 'changed', id: 'regimenComponent:karpak/paclitaxel', field: 'dose', before: '175 mg/m2', after: '150 mg/m2', impact: 'major' }),
    );
    expect(recordReleasedChanges(root)).toEqual([]);
  });

  it('refuses a record whose name is not its version, naming the file', () => {
    const folder = path.join(root, 'guideline-src/livmoderkroppscancer/changes');
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'latest.json'), '{"version":"9.9.9","bump":null,"changes":[]}');
    expect(() => readReleaseRecords(root, 'livmoderkroppscancer')).toThrow(/latest\.json: not a release record/);
    rmSync(path.join(folder, 'latest.json'));
  });
});

describe('compareVersions', () => {
  it('orders by number, not by text, and a pre-release before its release', () => {
    const versions = ['10.0.0', '2.0.0', '2.0.0-next.10', '2.0.0-next.2', '1.10.0', '1.9.1'];
    expect([...versions].sort(compareVersions)).toEqual(['1.9.1', '1.10.0', '2.0.0-next.2', '2.0.0-next.10', '2.0.0', '10.0.0']);
    expect(() => compareVersions('latest', '1.0.0')).toThrow(/not a semver version/);
  });
});
