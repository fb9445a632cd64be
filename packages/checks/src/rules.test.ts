import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { allRules, parseExample, readExampleWorld, renderRulesDocs, runChecks, type ExampleWorld, type RuleExample } from './index.js';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
let world: ExampleWorld;
beforeAll(async () => {
  world = await readExampleWorld(projectRoot);
});

const findingsOf = (ruleId: string, example: RuleExample) => runChecks(parseExample(example, world)).filter((d) => d.ruleId.split(':')[0] === ruleId);

describe.each(allRules.map((rule) => [rule.id, rule] as const))('rule %s', (id, rule) => {
  it('has a documented purpose in both languages', () => {
    for (const text of [rule.docs.summary, rule.docs.why]) {
      expect(text.en.length).toBeGreaterThan(20);
      expect(text.sv.length).toBeGreaterThan(20);
    }
  });

  it.each(rule.docs.examples.fail.map((example, n) => [n + 1, example] as const))('reports failing example %i', (_, example) => {
    const findings = findingsOf(id, example);
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      expect(finding.source?.file).toMatch(/^guideline-src\/example\//);
      expect(finding.source?.start.line).toBeGreaterThanOrEqual(1);
    }
  });

  it.each(rule.docs.examples.pass.map((example, n) => [n + 1, example] as const))('accepts passing example %i', (_, example) => {
    expect(findingsOf(id, example)).toEqual([]);
  });
});

describe('rules documentation', () => {
  it('docs/rules.md is generated from the registry of finding ids and the rule modules', async () => {
    const committed = await readFile(new URL('../../../docs/rules.md', import.meta.url), 'utf8');
    expect(renderRulesDocs(allRules), 'run `pnpm --filter @guideline-as-code/checks docs`').toBe(committed);
  });
});
