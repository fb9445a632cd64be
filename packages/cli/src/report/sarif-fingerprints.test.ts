// SARIF for code scanning: valid 2.1.0, files relative to %SRCROOT%, the run's exit code, and
// fingerprints that follow a finding when the text around it moves to other lines.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { guidelineYaml, run, tempProject } from '../test-support/temp-project.js';
import { chapterPath, realGuideline } from '../test-support/real-guideline.js';
import { fingerprintKey } from './fingerprint.js';

interface SarifResult {
  ruleId: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number } } }[];
  partialFingerprints: Record<string, string>;
}

async function validator() {
  const require = createRequire(import.meta.url);
  const schema = JSON.parse(await readFile(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
  // ajv-draft-04 is CommonJS with its class on `default`; required so that types and run time agree.
  const AjvDraft04 = require('ajv-draft-04').default as typeof import('ajv-draft-04').default;
  return new AjvDraft04({ strict: false, validateFormats: false, unicodeRegExp: false }).compile(schema);
}

/** The block from the line that starts with `opening` through the next line that is only `:::`, with the blank line after it. */
function block(chapter: string, opening: string): string {
  const start = chapter.indexOf(`\n${opening}`) + 1;
  const end = chapter.indexOf('\n:::\n', start) + '\n:::\n\n'.length;
  expect(start, opening).toBeGreaterThan(0);
  return chapter.slice(start, end);
}

/** One recommendation of the box: its bullet line and the indented rule under it. */
function bullet(chapter: string, opening: string): string {
  const start = chapter.indexOf(`\n- ${opening}`) + 1;
  expect(start, opening).toBeGreaterThan(0);
  const next = chapter.indexOf('\n- ', start + 1);
  return chapter.slice(start, next + 1);
}

function swap(text: string, a: string, b: string): string {
  const marker = '\u0000';
  return text.replace(a, marker).replace(b, a).replace(marker, b);
}

async function sarif(root: string, ...args: string[]) {
  const { code, stdout, stderr } = await run(root, 'check', '--format', 'sarif', ...args);
  expect(stderr).not.toMatch(/internt fel|internal error/);
  return { code, log: JSON.parse(stdout) };
}

describe('--format sarif on the real chapter', () => {
  it('validates, names files relative to %SRCROOT% and says how the run ended', async () => {
    const root = await realGuideline();
    const { code, log } = await sarif(root, '--max-warnings', '0');
    const validate = await validator();
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const [run0] = log.runs;
    expect(code).toBe(1);
    expect(run0.invocations).toEqual([{ executionSuccessful: true, exitCode: 1 }]);
    expect(run0.originalUriBaseIds['%SRCROOT%'].uri).toBe(`file://${root}/`);
    const results = run0.results as SarifResult[];
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) {
      expect(result.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: chapterPath, uriBaseId: '%SRCROOT%' });
      expect(result.partialFingerprints[fingerprintKey]).toMatch(/^[0-9a-f]{32}:\d+$/);
    }
    expect(new Set(results.map((result) => result.partialFingerprints[fingerprintKey])).size).toBe(results.length);
    for (const rule of run0.tool.driver.rules) expect(rule.helpUri).toMatch(/^https:\/\/.*#/);
  });

  it('gives each finding the same fingerprint when regimens and recommendations are reordered', async () => {
    const original = await realGuideline();
    const reordered = await realGuideline((chapter) => {
      const moved = swap(chapter, block(chapter, ':::regimen[KarPak]'), block(chapter, ':::regimen[Doxorubicin]'));
      return swap(moved, bullet(moved, 'Vid återfall bör man i första hand'), bullet(moved, 'Hormonreceptorbestämning bör'));
    });
    const before = (await sarif(original)).log.runs[0].results as SarifResult[];
    const after = (await sarif(reordered)).log.runs[0].results as SarifResult[];

    const byPrint = (results: SarifResult[]) => new Map(results.map((result) => [result.partialFingerprints[fingerprintKey]!, result]));
    const [a, b] = [byPrint(before), byPrint(after)];
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    let moved = 0;
    for (const [print, result] of a) {
      const other = b.get(print)!;
      expect(other.ruleId).toBe(result.ruleId);
      expect(other.message.text).toBe(result.message.text);
      if (other.locations[0]!.physicalLocation.region.startLine !== result.locations[0]!.physicalLocation.region.startLine) moved++;
    }
    // The test means something only if findings did move: the regimens' and the recommendation's.
    expect(moved).toBeGreaterThanOrEqual(3);
  });
});

describe('fingerprints', () => {
  it('are distinct for the same finding in the same sentence twice, and change when the sentence does', async () => {
    const twice = 'Samma mening med en okänd referens [@99].\n\nSamma mening med en okänd referens [@99].\n';
    const files = (chapter: string) => ({
      'guideline-src/g/guideline.yaml': guidelineYaml,
      'guideline-src/g/references.yaml': '- id: "1"\n',
      'guideline-src/g/13-aterfall.md': `# 13 Återfall\n\nText [@1].\n\n${chapter}`,
    });
    const prints = async (chapter: string) => {
      const { log } = await sarif(await tempProject(files(chapter)));
      return (log.runs[0].results as SarifResult[]).filter((result) => result.ruleId === 'unresolved-citation').map((result) => result.partialFingerprints[fingerprintKey]!);
    };
    const [first, second] = await prints(twice);
    expect(first).toBeDefined();
    expect(second).not.toBe(first);
    expect(first!.split(':')[0]).toBe(second!.split(':')[0]);
    // Another sentence around the same citation is another finding.
    const [other] = await prints('En annan mening med en okänd referens [@99].\n');
    expect(other!.split(':')[0]).not.toBe(first!.split(':')[0]);
  });
});
