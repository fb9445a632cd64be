// Bad input gives a clear message with file:line:column and the rest is still checked.
import { describe, expect, it } from 'vitest';
import { guidelineYaml, run, tempProject } from './test-support/temp-project.js';

const chapter = [
  '# 13 Återfall', //                          1
  '', //                                        2
  ':::recommendations[Rekommendationer', //     3  label never closed
  '- Palliativ strålbehandling. (++)', //       4
  '', //                                        5
  '## 13.1 Bilddiagnostik', //                  6
  '', //                                        7
  'PET-DT kan ha ett värde [@1; @99].', //      8  99 is not in the reference list
  '', //                                        9
  '| Läkemedel | Dos |', //                    10 table without delimiter row: read as text
  '| karboplatin | AUC 5', //                   11
  '', //                                        12
  '## 13.1 Kirurgi', //                         13 duplicate section number
  '', //                                        14
  'Text efter felen [@2] och [@77].', //        15 still read: 77 is reported too
  '',
].join('\n');

// "Återfall" in Latin-1: Ä is the single byte 0xC4, which is not UTF-8.
const latin1 = Uint8Array.from([...Buffer.from('# 14 Uppf'), 0xf6, ...Buffer.from('ljning\n\n\u00c4r [@1] ok.\n', 'latin1')]);

describe('guideline check on bad input', () => {
  it('reports every problem at file:line:column with a rule id, exit 1, and keeps checking', async () => {
    const root = await tempProject({
      'guideline-src/g/guideline.yaml': guidelineYaml,
      'guideline-src/g/references.yaml': '- id: "1"\n- id: "2"\n',
      'guideline-src/g/13-aterfall.md': chapter,
      'guideline-src/g/14-uppfoljning.md': latin1,
    });
    const { code, stdout } = await run(root, 'check', '--lang', 'en');
    expect(code).toBe(1);
    const lines = stdout.split('\n');
    const line = (pattern: RegExp) => lines.find((l) => pattern.test(l));
    expect(line(/13-aterfall\.md:3:1 {2}error {2}This line starts with `:::` but is not a valid block opening.* {2}malformed-directive$/)).toBeDefined();
    expect(line(/13-aterfall\.md:8:\d+ {2}error {2}Citation `@99` has no entry .* {2}unresolved-citation$/)).toBeDefined();
    expect(line(/13-aterfall\.md:13:1 {2}error {2}Section number `13\.1` is used twice .*13-aterfall\.md:6:1.* {2}duplicate-section-number$/)).toBeDefined();
    expect(line(/13-aterfall\.md:15:\d+ {2}error {2}Citation `@77`/)).toBeDefined();
    expect(line(/14-uppfoljning\.md:1:10 {2}error {2}This file is not valid UTF-8.* {2}encoding$/)).toBeDefined();
    // The Latin-1 file is still read after the bad byte: its citation resolves, no crash.
    expect(stdout).not.toMatch(/internal/);
    expect(lines.at(-2)).toMatch(/^✖ [1-9]\d* errors, \d+ warnings, 0 acknowledged$/);
  });

  it('reports a block that is never closed, and still reads what follows', async () => {
    const root = await tempProject({
      'guideline-src/g/guideline.yaml': guidelineYaml,
      'guideline-src/g/references.yaml': '- id: "1"\n',
      'guideline-src/g/13-aterfall.md': '# 13 Återfall\n\n:::recommendations[Rekommendationer]\n- Palliativ strålbehandling. (++)\n\nText [@4].\n',
    });
    const { stdout } = await run(root, 'check', '--lang', 'en');
    expect(stdout).toMatch(/13-aterfall\.md:3:1 {2}error {2}This `:::recommendations` block is never closed.* {2}unclosed-directive/);
    expect(stdout).toMatch(/13-aterfall\.md:6:7 {2}error {2}Citation `@4`/);
  });

  it('reports malformed YAML with its line and column and still checks the chapters', async () => {
    const root = await tempProject({
      'guideline-src/g/guideline.yaml': guidelineYaml,
      'guideline-src/g/references.yaml': '- id: "1"\n- id: [unclosed\n',
      'guideline-src/g/13-aterfall.md': '# 13 Återfall\n\nText [@5].\n',
    });
    const { code, stdout } = await run(root, 'check', '--lang', 'en');
    expect(code).toBe(1);
    expect(stdout).toMatch(/references\.yaml:\d+:\d+ {2}error {2}The YAML in this file cannot be read here.* {2}yaml-syntax/);
    expect(stdout).toMatch(/13-aterfall\.md:3:7 {2}error {2}Citation `@5`/);
  });

  it('exits 2 with usage for a bad option, not a stack trace', async () => {
    const root = await tempProject({ 'guideline-src/g/guideline.yaml': guidelineYaml });
    const result = await run(root, 'check', '--format', 'xml', '--lang', 'en');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--format must be one of pretty, json, github, sarif; got `xml`/);
    expect(result.stderr).not.toMatch(/at .*\.js:\d+/);
    const swedish = await run(root, 'check', '--format', 'xml');
    expect(swedish.code).toBe(2);
    expect(swedish.stderr).toMatch(/^guideline: --format ska vara en av pretty, json, github, sarif; fick `xml`\.\n\nAnvändning: guideline/);
  });
});
