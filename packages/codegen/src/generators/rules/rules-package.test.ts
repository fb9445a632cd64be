// The generated rules package, used as a consumer uses it: by its built entry point.
import fc from 'fast-check';
import jsonLogic from 'json-logic-js';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RuleEvaluation } from '../../runtime/rule-evaluation.js';
import type { DecisionRule, PatientFactDeclaration } from '../../runtime/rule-types.js';
import { importPackage, packageDir } from '../../test-support/import-package.js';
import { typeCheckConsumer } from '../../test-support/type-check.js';

interface RulesPackage {
  rules: Readonly<Record<string, DecisionRule>>;
  ruleIds: readonly string[];
  patientFacts: readonly PatientFactDeclaration[];
  applicableRecommendations(facts: object): RuleEvaluation;
  getRule(id: string): DecisionRule;
}

let pkg: RulesPackage;
beforeAll(async () => {
  pkg = await importPackage<RulesPackage>('rules');
});

const ids = (rules: readonly DecisionRule[]) => rules.map((rule) => rule.id);

describe('rules package', () => {
  it('covers the ten recommendations, the dMMR referral, the first-recurrence MDK and pembrolizumab + lenvatinib for pMMR', () => {
    expect(pkg.ruleIds).toHaveLength(13);
    expect(pkg.ruleIds).toEqual(expect.arrayContaining(['remiss-till-arftlighetsmottagning', 'forsta-aterfall-diskuteras-vid-mdk', 'pembrolizumab-lenvatinib-vid-pmmr']));
  });

  it('for dMMR recurrence after platinum, recommends dostarlimab and referral, and asks for what it does not know', () => {
    const { applicable, undetermined } = pkg.applicableRecommendations({ 'mmr-status': 'dMMR', 'prior-platinum': true });
    expect(ids(applicable)).toEqual(expect.arrayContaining(['dostarlimab-vid-dmmr', 'remiss-till-arftlighetsmottagning', 'cytostatika-efter-platinum']));
    expect(ids(applicable)).not.toContain('pembrolizumab-lenvatinib-vid-pmmr');
    expect(ids(applicable)).not.toContain('mmr-analys');
    const dostarlimab = applicable.find((rule) => rule.id === 'dostarlimab-vid-dmmr')!;
    expect(dostarlimab.regimens).toEqual(['dostarlimab']);
    expect(dostarlimab.recommendation.text.value).toMatch(/^Vid tumör med defekta MMR-proteiner\/MSI-H .*dock maximalt 2 år\.$/);
    expect(undetermined.map(({ rule, missingFacts }) => [rule.id, missingFacts])).toEqual([
      ['forsta-linjens-cytostatika', ['months-since-platinum']],
      ['hormonbehandling', ['hormone-receptor-status', 'differentiation']],
      ['forsta-aterfall-diskuteras-vid-mdk', ['first-recurrence']],
    ]);
  });

  it('for pMMR disease progressing after platinum, gives pembrolizumab + lenvatinib, and KarPak again after six months', () => {
    const { applicable } = pkg.applicableRecommendations({ 'mmr-status': 'pMMR', 'prior-platinum': true, 'months-since-platinum': 8 });
    expect(ids(applicable)).toEqual(expect.arrayContaining(['pembrolizumab-lenvatinib-vid-pmmr', 'forsta-linjens-cytostatika']));
    expect(ids(applicable)).not.toContain('dostarlimab-vid-dmmr');
  });

  it('refuses a fact or value the guideline does not declare', () => {
    expect(() => pkg.applicableRecommendations({ 'mmr-staus': 'dMMR' })).toThrow(/Unknown patient fact `mmr-staus`/);
    expect(() => pkg.applicableRecommendations({ 'mmr-status': 'MSI' })).toThrow(/`MSI` is not a value of `mmr-status`/);
  });

  it('publishes JsonLogic that agrees with the evaluator whenever every fact is known', () => {
    const facts = pkg.patientFacts;
    const value = (fact: PatientFactDeclaration) => (fact.type === 'number' ? fc.integer({ min: 0, max: 48 }) : fc.constantFrom(...fact.values.map((v) => v.value)));
    const patient = fc.record(Object.fromEntries(facts.map((fact) => [fact.id, value(fact)])));
    fc.assert(
      fc.property(patient, (p) => {
        const applicable = new Set(ids(pkg.applicableRecommendations(p).applicable));
        for (const id of pkg.ruleIds) expect(jsonLogic.apply(pkg.getRule(id).jsonLogic as jsonLogic.RulesLogic, p), id).toBe(applicable.has(id));
      }),
      { numRuns: 200 },
    );
  });

  it('types patient facts: a value the guideline does not declare does not type-check', async () => {
    const app = "import { applicableRecommendations } from '@rcc-livmoderkroppscancer/rules';\napplicableRecommendations({ 'mmr-status': 'MSI' });\n";
    const errors = await typeCheckConsumer(path.dirname(packageDir('rules')), { 'facts.ts': app });
    expect(errors).toEqual([expect.stringMatching(/^consumer\/facts\.ts:2: TS2322 Type '"MSI"' is not assignable to type '"dMMR" \| "pMMR"/)]);
  });
});
