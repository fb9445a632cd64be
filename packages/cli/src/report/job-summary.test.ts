// `check --format github` in a workflow: annotations as before, and with GITHUB_STEP_SUMMARY a
// Markdown job summary that holds every finding, since GitHub shows only ten annotations of a kind.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { guidelineYaml, runWith, tempProject } from '../test-support/temp-project.js';

// Twelve references that nothing cites: twelve warnings; one unknown citation: an error; one acknowledged.
const unused = Array.from({ length: 12 }, (_, index) => `- id: "${index + 10}"\n`).join('');
let root: string;
beforeAll(async () => {
  root = await tempProject({
    'guideline-src/g/guideline.yaml': guidelineYaml,
    'guideline-src/g/references.yaml': `- id: "1"\n${unused}`,
    'guideline-src/g/13-aterfall.md': '# 13 Återfall\n\nText [@1] och [@99].\n\n<!-- guideline-ignore unresolved-citation: numret rättas | senare -->\nMer text [@98].\n',
  });
});

async function summaryFile(existing: string): Promise<string> {
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'guideline-summary-')), 'step-summary.md');
  await writeFile(file, existing);
  return file;
}

describe('--format github with GITHUB_STEP_SUMMARY', () => {
  it('appends a table of every finding, the acknowledged ones apart, and the counts', async () => {
    const file = await summaryFile('# An earlier step\n\n');
    const env = { GITHUB_STEP_SUMMARY: file, GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'rcc/guideline', GITHUB_SHA: 'abc123' };
    const { code, stdout } = await runWith({ cwd: root, env }, 'check', '--format', 'github', '--lang', 'en');
    expect(code).toBe(1);

    const summary = await readFile(file, 'utf8');
    expect(summary.startsWith('# An earlier step\n\n## guideline check\n\n✖ 1 error, 12 warnings, 1 acknowledged\n')).toBe(true);
    const rows = summary.split('\n').filter((line) => line.startsWith('| [guideline-src/'));
    expect(rows).toHaveLength(13);
    expect(rows).toContainEqual(
      expect.stringMatching(
        /^\| \[guideline-src\/g\/13-aterfall\.md:3\]\(https:\/\/github\.com\/rcc\/guideline\/blob\/abc123\/guideline-src\/g\/13-aterfall\.md#L3\) \| error \| \[`unresolved-citation`\]\(https:\/\/\S+\) \| Citation `@99` has no entry in the reference list \(`references\.yaml`\)\. \|$/,
      ),
    );
    expect(rows.filter((row) => row.includes('| warning | [`unused-reference`]'))).toHaveLength(12);
    expect(summary).toMatch(/\n### Acknowledged findings \(1\)\n\n- \[guideline-src\/g\/13-aterfall\.md:6\]\(.*#L6\) \[`unresolved-citation`\]\(.*\): numret rättas \\\| senare\n$/);

    // Annotations as before, and a line saying where the warnings past the tenth are.
    const lines = stdout.trimEnd().split('\n');
    expect(lines.filter((line) => line.startsWith('::warning '))).toHaveLength(12);
    expect(lines.at(-1)).toBe('GitHub shows at most 10 warnings per step as annotations; 2 more are in the job summary.');
  });

  it('writes the summary in Swedish by default, and without it says the rest are only in the log', async () => {
    const file = await summaryFile('');
    await runWith({ cwd: root, env: { GITHUB_STEP_SUMMARY: file } }, 'check', '--format', 'github');
    const summary = await readFile(file, 'utf8');
    expect(summary).toMatch(/^## guideline check\n\n✖ 1 fel, 12 varningar, 1 godtagen\n\n\| Plats \| Nivå \| Regel \| Meddelande \|\n/);
    expect(summary).toMatch(/\n### Godtagna fynd \(1\)\n/);
    expect(summary).toMatch(/^\| guideline-src\/g\/13-aterfall\.md:3 \| fel \| /m);

    const { stdout } = await runWith({ cwd: root }, 'check', '--format', 'github');
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('GitHub visar högst 10 varningar per steg som annoteringar; 2 till finns bara i den här loggen.');
  });

  it('puts the reason a limit failed the check in the summary', async () => {
    const file = await summaryFile('');
    const { code, stderr } = await runWith({ cwd: root, env: { GITHUB_STEP_SUMMARY: file } }, 'check', '--format', 'github', '--max-warnings', '5', '--lang', 'en');
    expect(code).toBe(1);
    expect(stderr).toBe('Too many warnings: 12, at most 5 allowed (--max-warnings 5).\n');
    expect(await readFile(file, 'utf8')).toContain('\nToo many warnings: 12, at most 5 allowed (--max-warnings 5).\n');
  });
});
