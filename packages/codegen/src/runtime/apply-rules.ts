import { checkFact, checkValue, evaluate, type FactDeclaration, type Facts } from '@guideline-as-code/conditions';
import type { RuleEvaluation } from './rule-evaluation.js';
import type { DecisionRule, PatientFactDeclaration } from './rule-types.js';

/**
 * Evaluates the rules for one patient with three-valued logic: a rule whose condition holds is
 * applicable; one that needs a fact the patient record does not give is undetermined, with
 * the facts it needs; the others do not apply. A fact or value the guideline does not declare
 * (possible from untyped code) is a TypeError: a recommendation is never decided on a typo.
 */
export function applyRules<R extends DecisionRule>(
  rules: readonly R[],
  declarations: readonly PatientFactDeclaration[],
  facts: object,
): RuleEvaluation<R> {
  const declared = new Map<string, FactDeclaration>(
    declarations.map((fact) => [fact.id, { id: fact.id, type: fact.type, values: fact.values.map((v) => v.value) }]),
  );
  // Untyped callers may pass null or a primitive; say so instead of failing inside Object.entries.
  if (typeof facts !== 'object' || facts === null) throw new TypeError(`The patient facts must be an object of fact ids and values; got \`${facts === null ? 'null' : typeof facts}\`.`);
  for (const [fact, value] of Object.entries(facts) as [string, unknown][]) {
    const unknownFact = checkFact(fact, declared);
    if (unknownFact) throw new TypeError(unknownFact.en);
    if (value === null || value === undefined) continue;
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') throw new TypeError(`\`${fact}\` must be a string, number or boolean.`);
    // The guideline writes yes/no facts as ja/nej; an app gives a boolean, never the word.
    if (declared.get(fact)!.type === 'boolean' && typeof value !== 'boolean') {
      const shown = typeof value === 'string' ? `'${value}'` : String(value);
      throw new TypeError(`\`${fact}\` is a yes/no fact: give \`true\` or \`false\` (the guideline's ja/nej); got \`${shown}\`, a ${typeof value}.`);
    }
    const wrongValue = checkValue(declared.get(fact)!, value);
    if (wrongValue) throw new TypeError(wrongValue.en);
  }
  const given = facts as Facts;
  const applicable: R[] = [];
  const undetermined: { rule: R; missingFacts: string[] }[] = [];
  for (const rule of rules) {
    const truth = evaluate(rule.condition, given);
    if (truth === true) applicable.push(rule);
    else if (truth === 'unknown') undetermined.push({ rule, missingFacts: rule.facts.filter((fact) => given[fact] === undefined || given[fact] === null) });
  }
  return { applicable, undetermined };
}
