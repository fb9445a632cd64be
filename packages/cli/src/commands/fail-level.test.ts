// When `check` fails, through main(): errors always; warnings past --max-warnings or with
// --fail-on warning; acknowledged findings never. On the real chapter and on a small project.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { guidelineYaml, repositoryRoot, run, tempProject } from '../test-support/temp-project.js';

describe('--max-warnings and --fail-on', () => {
  it('fail the real chapter on one warning more than allowed, not counting acknowledged findings', async () => {
    const { summary } = JSON.parse((await run(repositoryRoot, 'check', '--format', 'json')).stdout);
    expect(summary.errors).toBe(0);
    expect(summary.warnings).toBeGreaterThan(0);
    expect(summary.acknowledged).toBeGreaterThan(0);

    const atLimit = await run(repositoryRoot, 'check', '--max-warnings', String(summary.warnings));
    expect(atLimit.code).toBe(0);
    expect(atLimit.stderr).toBe('');
    const below = await run(repositoryRoot, 'check', '--max-warnings', String(summary.warnings - 1), '--lang', 'en');
    expect(below.code).toBe(1);
    expect(below.stdout.trimEnd().split('\n').at(-1)).toMatch(/^✖ 0 errors, \d+ warnings, \d+ acknowledged$/);
    expect(below.stderr).toBe(`Too many warnings: ${summary.warnings}, at most ${summary.warnings - 1} allowed (--max-warnings ${summary.warnings - 1}).\n`);
    const none = await run(repositoryRoot, 'check', '--max-warnings', '0');
    expect(none.code).toBe(1);
    expect(none.stderr).toBe(`För många varningar: ${summary.warnings}, högst 0 tillåts (--max-warnings 0).\n`);

    expect((await run(repositoryRoot, 'check', '--fail-on', 'warning')).code).toBe(1);
    expect((await run(repositoryRoot, 'check', '--fail-on', 'error')).code).toBe(0);
  });

  it('count only warnings that are not acknowledged, and errors fail whatever the limit', async () => {
    const root = await tempProject({
      'guideline-src/g/guideline.yaml': guidelineYaml,
      'guideline-src/g/references.yaml': '- id: "1"\n- id: "2"\n',
      'guideline-src/g/13-aterfall.md': '# 13 Återfall\n\nText [@1].\n\n<!-- guideline-ignore unresolved-citation: rättas senare -->\nMer text [@98].\n',
    });
    // One warning (reference 2 is never cited) and one acknowledged finding.
    const one = await run(root, 'check', '--max-warnings', '1', '--fail-on', 'error');
    expect(one.code).toBe(0);
    expect(one.stdout.trimEnd().split('\n').at(-1)).toBe('✔ 0 fel, 1 varning, 1 godtagen');
    const failOn = await run(root, 'check', '--fail-on', 'warning', '--lang', 'en');
    expect(failOn.code).toBe(1);
    expect(failOn.stderr).toBe('1 warning fails the check with --fail-on warning.\n');

    const withError = await tempProject({
      'guideline-src/g/guideline.yaml': guidelineYaml,
      'guideline-src/g/references.yaml': '- id: "1"\n',
      'guideline-src/g/13-aterfall.md': '# 13 Återfall\n\nText [@1] och [@99].\n',
    });
    expect((await run(withError, 'check', '--max-warnings', '100')).code).toBe(1);
  });

  it('reject values they do not know, in the language asked for, with exit 2', async () => {
    const cases: [string[], RegExp][] = [
      [['--max-warnings=-1', '--lang', 'en'], /^guideline: --max-warnings must be a whole number, 0 or more; got `-1`\.$/m],
      [['--max-warnings', 'nine'], /^guideline: --max-warnings ska vara ett heltal, 0 eller större; fick `nine`\.$/m],
      [['--fail-on', 'info', '--lang', 'en'], /^guideline: --fail-on must be one of error, warning; got `info`\.$/m],
      [['--fail-on', 'info'], /^guideline: --fail-on ska vara en av error, warning; fick `info`\.$/m],
      [['--max-warnings'], /^guideline: Flaggan `--max-warnings` behöver ett värde\.$/m],
      [['--max-warnings', '-1', '--lang', 'en'], /^guideline: The value after `--max-warnings` starts with `-`; write `--max-warnings=<value>` if it is the value\.$/m],
      [['--no-such-flag'], /^guideline: Okänd flagga `--no-such-flag`\.$/m],
    ];
    for (const [args, message] of cases) {
      const result = await run(repositoryRoot, 'check', ...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toMatch(message);
    }
    const build = await run(repositoryRoot, 'build', '--max-warnings', '0', '--lang', 'en');
    expect(build.code).toBe(2);
    expect(build.stderr).toMatch(/^guideline: `--max-warnings` applies to `check` only\.$/m);
  });
});

describe('--output', () => {
  it('writes the report to the file and keeps one summary line on stdout', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'guideline-output-'));
    const file = path.join(dir, 'reports/check.sarif');
    const { code, stdout } = await run(repositoryRoot, 'check', '--format', 'sarif', '--output', file, '--lang', 'en');
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^✔ 0 errors, \\d+ warnings, \\d+ acknowledged \\(report written to ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\)\\n$`));
    const log = JSON.parse(await readFile(file, 'utf8'));
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].invocations[0].exitCode).toBe(0);
  });
});
