import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { isFindingId } from '@guideline-as-code/types';
import { allRules, parseExample, readExampleWorld, runChecks, type ExampleWorld } from './index.js';

let world: ExampleWorld;
beforeAll(async () => {
  world = await readExampleWorld(fileURLToPath(new URL('../../../', import.meta.url)));
});

const chapter = (body: string) => `# 13 Återfall\n\n${body}\n`;

describe('runChecks', () => {
  it('reports a graph broken on purpose as schema findings at the node’s source position', () => {
    const parsed = parseExample({ markdown: chapter('Första meningen [@1]. Andra meningen [@2; @3].') }, world);
    const statement = parsed.graph.nodes.find((node) => node.type === 'statement')!;
    (statement as unknown as Record<string, unknown>)['context'] = 'poem';
    // The rule validates what was not validated when the chapter was read: here, everything.
    const findings = runChecks({ ...parsed, validatedNodes: new Set() }).filter((d) => d.ruleId.startsWith('schema:'));
    expect(findings.map((d) => d.ruleId)).toEqual(['schema:enum']);
    expect(findings[0]!.source).toEqual(statement.source);
    expect(findings[0]!.source?.start.line).toBe(3);
  });

  it('marks a finding acknowledged by a guideline-ignore comment before its paragraph, with the reason', () => {
    const parsed = parseExample({ markdown: chapter('<!-- guideline-ignore unresolved-citation: numret rättas i nästa version -->\nText [@999].\n\nMer text [@998].') }, world);
    const findings = runChecks(parsed).filter((d) => d.ruleId === 'unresolved-citation');
    expect(findings.map((d) => [d.source?.start.line, d.suppressed?.reason ?? null])).toEqual([
      [4, 'numret rättas i nästa version'],
      [6, null],
    ]);
  });

  it('acknowledges with an inline comment, and reports comments that acknowledge nothing or name no rule', () => {
    const parsed = parseExample({
      markdown: chapter('Text [@999]. <!-- guideline-ignore unresolved-citation: känt -->\n\n<!-- guideline-ignore section-order: inget fynd här -->\nText.\n\n<!-- guideline-ignore no-such-rule: skäl -->\nText.\n\n<!-- guideline-ignore -->\nText.'),
    }, world);
    const findings = runChecks(parsed);
    expect(findings.find((d) => d.ruleId === 'unresolved-citation')?.suppressed?.reason).toBe('känt');
    expect(findings.map((d) => [d.ruleId, d.source?.start.line])).toEqual(expect.arrayContaining([
      ['unused-suppression', 5],
      ['suppression-unknown-rule', 8],
      ['suppression-format', 11],
    ]));
  });

  it('lets the configuration switch a rule off or change its severity', () => {
    const parsed = parseExample({ markdown: chapter('Text [@999].') }, world);
    expect(runChecks(parsed, { rules: { 'unresolved-citation': 'off' } }).some((d) => d.ruleId === 'unresolved-citation')).toBe(false);
    expect(runChecks(parsed, { rules: { 'unresolved-citation': 'warning' } }).find((d) => d.ruleId === 'unresolved-citation')?.severity).toBe('warning');
  });

  it('runs every rule on hostile input without throwing: nothing but text, deep nesting, a 1 MB line', () => {
    const nested = `${'> '.repeat(2000)}djup\n\n${Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i % 40)}- punkt ${i}`).join('\n')}`;
    const broken = '# 13 X\n\n:::regimen[R]\n| Läkemedel | Dos | Färg |\n| --- | --- | --- |\n| xyzumab | mycket | röd |\n:::\n\n::villkor[mmr-status är röd]\n\n:::okänt\ntext\n:::\n\n:::recommendations[R\n<div>html</div>\n\n```\nkod\n```\n';
    for (const markdown of ['', 'bara text utan rubrik', '# ', nested, `# 13 X\n\n${'a'.repeat(1_000_000)}`, '# 13 X\n\n:::recommendations\n- ofullständig (++++', broken]) {
      const findings = runChecks(parseExample({ markdown }, world));
      expect(findings.every((d) => d.ruleId !== 'internal-error')).toBe(true);
      // Every finding is registered, even one whose id was built at run time.
      for (const { ruleId } of findings) expect(isFindingId(ruleId), ruleId).toBe(true);
    }
  });
});
