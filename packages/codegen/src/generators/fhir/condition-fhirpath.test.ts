// The FHIRPath translation of every decision rule of the real chapter says what the rule
// language says: evaluated by medplum's FHIRPath engine over the documented Parameters shape,
// it is true, false or empty exactly when `evaluate` gives true, false or unknown.
import { evaluate, type Condition, type Facts, type FactValue } from '@guideline-as-code/conditions';
import { loadR4Definitions } from '@guideline-as-code/fhir';
import { loadGuideline } from '@guideline-as-code/parser';
import { evalFhirPathTyped, toTypedValue } from '@medplum/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { repositoryRoot } from '../../test-support/generate-packages.js';
import { conditionToFhirPath } from './condition-fhirpath.js';
import { factParameters } from './fact-parameters.js';

function fhirPathTruth(expression: string, facts: Facts): boolean | 'unknown' {
  const parameters = toTypedValue(factParameters(facts));
  const result = evalFhirPathTyped(expression, [parameters], { '%facts': parameters });
  if (result.length === 0) return 'unknown';
  expect(result, expression).toHaveLength(1);
  return result[0]!.value as boolean;
}

/** Every combination of the given facts, each unknown or one of its candidate values. */
function combinations(candidates: [string, FactValue[]][]): Facts[] {
  return candidates.reduce<Facts[]>(
    (all, [fact, values]) => all.flatMap((facts) => [facts, ...values.map((value) => ({ ...facts, [fact]: value }))]),
    [{}],
  );
}

/** Values worth trying for each fact of a condition: its declared values, and numbers on both sides of every limit. */
function candidateValues(condition: Condition, declared: ReadonlyMap<string, FactValue[]>): Map<string, FactValue[]> {
  const values = new Map<string, FactValue[]>();
  const add = (fact: string, ...more: FactValue[]) => values.set(fact, [...new Set([...(values.get(fact) ?? declared.get(fact) ?? []), ...more])]);
  const visit = (c: Condition): void => {
    if (c.op === 'and' || c.op === 'or') c.args.forEach(visit);
    else if (c.op === 'not') visit(c.arg);
    else if (c.op === 'compare') add(c.fact, c.value - 1, c.value, c.value + 0.5);
    else if (c.op !== 'always') add(c.fact);
  };
  visit(condition);
  return values;
}

let rules: { key: string; condition: Condition }[] = [];
let declared = new Map<string, FactValue[]>();
beforeAll(async () => {
  loadR4Definitions();
  const parsed = await loadGuideline(repositoryRoot, 'livmoderkroppscancer');
  rules = parsed.graph.nodes.flatMap((node) => (node.type === 'rule' && node.condition ? [{ key: node.key, condition: node.condition }] : []));
  declared = new Map(parsed.patientFacts.map((fact) => [fact.id, fact.values.map((value) => value.value as FactValue)]));
});

describe('conditionToFhirPath on every rule of chapter 13', () => {
  it('agrees with the rule language on every combination of known, unknown and declared fact values', () => {
    expect(rules.length).toBeGreaterThan(10);
    let cases = 0;
    for (const { key, condition } of rules) {
      const expression = conditionToFhirPath(condition);
      for (const facts of combinations([...candidateValues(condition, declared)])) {
        expect(fhirPathTruth(expression, facts), `${key}: ${expression} with ${JSON.stringify(facts)}`).toBe(evaluate(condition, facts));
        cases++;
      }
    }
    expect(cases).toBeGreaterThan(50);
  });
});

describe('conditionToFhirPath on conditions the chapter does not use', () => {
  const facts: Facts = { 'mmr-status': 'dMMR', 'months-since-platinum': 4 };
  it.each<[Condition, boolean | 'unknown']>([
    [{ op: 'oneOf', fact: 'mmr-status', values: ['dMMR', 'pMMR'] }, true],
    [{ op: 'oneOf', fact: 'her2-status', values: ['amplified'] }, 'unknown'],
    [{ op: 'not', arg: { op: 'is', fact: 'mmr-status', value: 'pMMR' } }, true],
    [{ op: 'not', arg: { op: 'unknown', fact: 'her2-status' } }, false],
    [{ op: 'compare', fact: 'months-since-platinum', comparator: '<', value: 6 }, true],
    [{ op: 'and', args: [{ op: 'is', fact: 'her2-status', value: 'amplified' }, { op: 'is', fact: 'mmr-status', value: 'pMMR' }] }, false],
    [{ op: 'is', fact: 'mmr-status', value: "d'MMR\\" }, false],
  ])('%j is %s, as evaluate says', (condition, expected) => {
    expect(evaluate(condition, facts)).toBe(expected);
    expect(fhirPathTruth(conditionToFhirPath(condition), facts)).toBe(expected);
  });
});
