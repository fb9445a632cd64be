import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { guidelineYaml, run, tempProject } from '../test-support/temp-project.js';

const chapter = '# 13 Återfall\n\nText.\n';

/** A repository whose first commit has no guideline-src/ and whose second adds one guideline. */
async function repositoryWithLateSources(): Promise<string> {
  const root = await tempProject({});
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', ...args], { cwd: root, encoding: 'utf8' });
  git('init', '-q', '-b', 'main');
  // Moved aside so that the first commit holds no guideline-src/ at all.
  execFileSync('mv', ['guideline-src', 'shared-aside'], { cwd: root });
  writeFileSync(path.join(root, 'README.md'), 'Before the guideline.\n');
  git('add', 'README.md');
  git('commit', '-qm', 'no guideline yet');
  git('tag', 'before-sources');
  execFileSync('mv', ['shared-aside', 'guideline-src'], { cwd: root });
  mkdirSync(path.join(root, 'guideline-src/g'), { recursive: true });
  writeFileSync(path.join(root, 'guideline-src/g/guideline.yaml'), guidelineYaml);
  writeFileSync(path.join(root, 'guideline-src/g/13-aterfall.md'), chapter);
  git('add', '.');
  git('commit', '-qm', 'the guideline');
  return root;
}

describe('guideline diff with a version that holds no guideline', () => {
  it('says that the revision has no guideline-src/, in Swedish and English, and exits 2', async () => {
    const root = await repositoryWithLateSources();
    const sv = await run(root, 'diff', 'before-sources');
    expect(sv.code).toBe(2);
    expect(sv.stderr).toBe('guideline: Revisionen `before-sources` har ingen mapp guideline-src/: vårdprogrammet fanns inte i förrådet då. Välj en senare revision.\n');
    const en = await run(root, 'diff', 'before-sources', '--lang', 'en');
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('Revision `before-sources` has no guideline-src/ folder');
    expect(en.stderr).not.toContain('internal error');
    // The same revision with sources compares fine: nothing changed since HEAD.
    expect((await run(root, 'diff', 'HEAD', '--format', 'json')).code).toBe(0);
  });

  it('names a revision that does not exist, and a folder without guideline-src/, without an internal error', async () => {
    const root = await repositoryWithLateSources();
    const unknown = await run(root, 'diff', 'no-such-tag', '--lang', 'en');
    expect(unknown).toMatchObject({ code: 2, stderr: 'guideline: `no-such-tag` is neither a folder nor a git revision in this repository.\n' });
    const optionLike = await run(root, 'diff', '--lang', 'en', '--', '--output=x');
    expect(optionLike.code).toBe(2);
    expect(optionLike.stderr).toContain('is neither a folder nor a git revision');
    mkdirSync(path.join(root, 'empty-folder'));
    const folder = await run(root, 'diff', 'empty-folder', '--lang', 'en');
    expect(folder).toMatchObject({ code: 2, stderr: 'guideline: Folder `empty-folder` has no guideline-src/ folder.\n' });
    const changeset = await run(root, 'changeset', '--base', 'before-sources', '--check', '--lang', 'en');
    expect(changeset.code).toBe(2);
    expect(changeset.stderr).toContain('Revision `before-sources` has no guideline-src/ folder');
  });
});
