import type { Condition, FactValue } from '@guideline-as-code/conditions';

/**
 * A rule's condition as a FHIRPath applicability expression over the `Parameters` resource
 * `%facts` (one `parameter` per patient fact, `name` the fact id; docs/fhir-mapping.md §4).
 * FHIRPath's empty propagation is the rule language's "unknown": a comparison with a fact that
 * is absent is empty, `and`/`or` combine empties as three-valued logic does, and an empty
 * applicability condition means "not applicable".
 */
export function conditionToFhirPath(condition: Condition): string {
  switch (condition.op) {
    case 'always':
      return 'true';
    case 'and':
      return `(${condition.args.map(conditionToFhirPath).join(' and ')})`;
    case 'or':
      return `(${condition.args.map(conditionToFhirPath).join(' or ')})`;
    case 'not':
      return `(${conditionToFhirPath(condition.arg)}).not()`;
    case 'unknown':
      return `${factValue(condition.fact)}.empty()`;
    case 'is':
      return `${factValue(condition.fact)} = ${literal(condition.value)}`;
    case 'oneOf':
      return `${factValue(condition.fact)} in (${condition.values.map(literal).join(' | ')})`;
    case 'compare':
      return `${factValue(condition.fact)} ${condition.comparator} ${literal(condition.value)}`;
  }
}

function factValue(fact: string): string {
  return `%facts.parameter.where(name = ${literal(fact)}).value`;
}

/** A FHIRPath literal: strings quoted with `\` escapes, numbers and booleans as written. */
function literal(value: FactValue): string {
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`not a FHIRPath number: ${value}`);
  return String(value);
}
