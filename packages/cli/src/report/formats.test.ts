import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { guidelineYaml, run, tempProject } from '../test-support/temp-project.js';

// A project with an error, a warning with a related place, and an acknowledged finding.
const chapter = [
  '# 13 Återfall',
  '',
  '## 13.1 Bilddiagnostik',
  '',
  'Text [@1] och [@99].',
  '',
  '<!-- guideline-ignore unresolved-citation: numret rättas när referenslistan kommer -->',
  'Mer text [@98].',
  '',
  '## 13.1 Kirurgi',
  '',
].join('\n');
let root: string;
beforeAll(async () => {
  root = await tempProject({
    'guideline-src/g/guideline.yaml': guidelineYaml,
    'guideline-src/g/references.yaml': '- id: "1"\n- id: "2"\n',
    'guideline-src/g/13-aterfall.md': chapter,
  });
});

describe('--format pretty', () => {
  it('ends with the counts, each noun in the singular or plural as the count needs, in both languages', async () => {
    const sv = await run(root, 'check');
    expect(sv.code).toBe(1);
    expect(sv.stdout.trimEnd().split('\n').at(-1)).toBe('✖ 2 fel, 1 varning, 1 godtagen');
    const en = await run(root, 'check', '--lang', 'en');
    expect(en.stdout.trimEnd().split('\n').at(-1)).toBe('✖ 2 errors, 1 warning, 1 acknowledged');
  });
});

describe('--help', () => {
  it('is in Swedish by default and in English with --lang en', async () => {
    const sv = await run(root, '--help');
    expect(sv.code).toBe(0);
    expect(sv.stdout).toMatch(/^Användning: guideline <kommando> \[flaggor\]\n/);
    expect(sv.stdout).toMatch(/--max-warnings <n> {4}Med check: avsluta med 1 när det finns fler än <n> varningar/);
    const en = await run(root, '--help', '--lang', 'en');
    expect(en.stdout).toMatch(/^Usage: guideline <command> \[options\]\n/);
    expect(en.stdout).toMatch(/--fail-on <level> {5}With check: error \(default\) or warning/);
    const unknown = await run(root, 'lint', '--lang', 'en');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^guideline: Unknown command `lint`\.\n\nUsage:/);
    expect((await run(root, 'lint')).stderr).toMatch(/^guideline: Okänt kommando `lint`\.\n\nAnvändning:/);
  });
});

describe('--format json', () => {
  it('validates against the documented schema and lists acknowledged findings with their reason', async () => {
    const { code, stdout } = await run(root, 'check', '--format', 'json', '--lang', 'en');
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    const schema = JSON.parse(await readFile(new URL('../../docs/check-output.schema.json', import.meta.url), 'utf8'));
    const validate = new Ajv2020({ strict: true, allowUnionTypes: true }).compile(schema);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.summary).toEqual({ errors: 2, warnings: 1, infos: 0, acknowledged: 1 });
    const acknowledged = report.diagnostics.find((d: { suppressed: unknown }) => d.suppressed);
    expect(acknowledged).toMatchObject({ ruleId: 'unresolved-citation', line: 8, suppressed: { reason: 'numret rättas när referenslistan kommer', line: 7 } });
    const duplicate = report.diagnostics.find((d: { ruleId: string }) => d.ruleId === 'duplicate-section-number');
    expect(duplicate.related).toEqual([{ file: 'guideline-src/g/13-aterfall.md', line: 3, column: 1, endLine: 3, endColumn: 23, message: 'first use' }]);
    expect(duplicate.messages.sv).toMatch(/används två gånger/);
  });
});

describe('--format github', () => {
  it('writes one workflow command per finding, on the finding’s line, with escaped text', async () => {
    const { stdout } = await run(root, 'check', '--format', 'github', '--lang', 'en');
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toContain('::error file=guideline-src/g/13-aterfall.md,line=5,col=16,endLine=5,endColumn=19,title=unresolved-citation::Citation `@99` has no entry in the reference list (`references.yaml`).');
    expect(lines.some((line) => line.startsWith('::notice file=guideline-src/g/13-aterfall.md,line=8,') && line.includes('[acknowledged: numret rättas'))).toBe(true);
    expect(lines.every((line) => /^::(error|warning|notice) /.test(line))).toBe(true);
  });
});

describe('--format sarif', () => {
  it('is valid SARIF 2.1.0 and carries acknowledged findings as in-source suppressions', async () => {
    const { stdout } = await run(root, 'check', '--format', 'sarif');
    const log = JSON.parse(stdout);
    const schemaFile = createRequire(import.meta.url).resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
    const schema = JSON.parse(await readFile(schemaFile, 'utf8'));
    // ajv-draft-04 is CommonJS with its class on `default`; required so that types and run time agree.
    const AjvDraft04 = createRequire(import.meta.url)('ajv-draft-04').default as typeof import('ajv-draft-04').default;
    const validate = new AjvDraft04({ strict: false, validateFormats: false, unicodeRegExp: false }).compile(schema);
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const results = log.runs[0].results;
    expect(results.filter((r: { suppressions?: unknown }) => r.suppressions)).toEqual([
      expect.objectContaining({ ruleId: 'unresolved-citation', suppressions: [{ kind: 'inSource', justification: 'numret rättas när referenslistan kommer' }] }),
    ]);
    expect(log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['duplicate-section-number', 'unresolved-citation', 'unused-reference']);
  });
});
