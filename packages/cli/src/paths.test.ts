// Paths are relative to the folder the user started the command in: pnpm runs the root's
// script in the root and says in INIT_CWD where the user was; --cwd wins over it.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { guidelineYaml, runWith, tempProject } from './test-support/temp-project.js';

let root: string;
let chapterFolder: string;
beforeAll(async () => {
  root = await tempProject({
    'guideline-src/g/guideline.yaml': guidelineYaml,
    'guideline-src/g/references.yaml': '- id: "1"\n',
    'guideline-src/g/13-aterfall.md': '# 13 Återfall\n\nText [@1] och [@99].\n',
    'guideline-src/g/14-uppfoljning.md': '# 14 Uppföljning\n\nText [@98].\n',
  });
  await writeFile(path.join(root, 'README.md'), 'Not a guideline source.\n');
  chapterFolder = path.join(root, 'guideline-src/g');
});

describe('paths given to check', () => {
  it('are resolved against INIT_CWD, where `pnpm guideline` was started', async () => {
    const { code, stdout } = await runWith({ cwd: root, env: { INIT_CWD: chapterFolder } }, 'check', '13-aterfall.md', '--lang', 'en');
    expect(code).toBe(1);
    expect(stdout).toMatch(/^guideline-src\/g\/13-aterfall\.md:3:\d+ {2}error {2}Citation `@99`/m);
    expect(stdout).not.toMatch(/14-uppfoljning/);
  });

  it('are resolved against --cwd when it is given, itself relative to INIT_CWD', async () => {
    const fromRoot = await runWith({ cwd: root, env: { INIT_CWD: chapterFolder } }, 'check', '--cwd', '../..', 'guideline-src/g/14-uppfoljning.md');
    expect(fromRoot.code).toBe(1);
    expect(fromRoot.stdout).toMatch(/^guideline-src\/g\/14-uppfoljning\.md:3:\d+ /m);
    expect(fromRoot.stdout).not.toMatch(/13-aterfall\.md:/);
  });

  it('ignore an INIT_CWD outside the process’s folder, inherited from a script that started it elsewhere', async () => {
    const elsewhere = await tempProject({ 'guideline-src/other/guideline.yaml': guidelineYaml });
    const { code, stdout } = await runWith({ cwd: root, env: { INIT_CWD: elsewhere } }, 'check', 'guideline-src/g/13-aterfall.md');
    expect(code).toBe(1);
    expect(stdout).toMatch(/13-aterfall\.md:3:/);
  });

  it('that do not exist are “file not found”, exit 2, in both languages', async () => {
    const sv = await runWith({ cwd: root, env: { INIT_CWD: chapterFolder } }, 'check', '13-aterfal.md');
    expect(sv.code).toBe(2);
    expect(sv.stderr).toBe('guideline: Filen finns inte: 13-aterfal.md\n');
    const en = await runWith({ cwd: root }, 'check', 'nope.md', 'guideline-src/g/nope.md', '--lang', 'en');
    expect(en.code).toBe(2);
    expect(en.stderr).toBe('guideline: Files not found: nope.md, guideline-src/g/nope.md\n');
  });

  it('outside guideline-src/ keep their own message, in both languages', async () => {
    const en = await runWith({ cwd: root }, 'check', 'README.md', '--lang', 'en');
    expect(en.code).toBe(2);
    expect(en.stderr).toBe(`guideline: Not a guideline source path: ${path.join(root, 'README.md')} (expected paths under guideline-src/)\n`);
    const sv = await runWith({ cwd: root }, 'check', 'README.md');
    expect(sv.stderr).toMatch(/^guideline: Inte en sökväg till vårdprogrammens källor: .*README\.md \(förväntade sökvägar under guideline-src\/\)\n$/);
  });
});
