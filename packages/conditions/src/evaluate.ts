import type { Condition, FactValue } from './condition.js';

/** A patient's known facts; a fact that is absent (or null) is not known. */
export type Facts = Readonly<Record<string, FactValue | null | undefined>>;

/** True, false, or unknown because a fact the condition needs is not known. */
export type Truth = boolean | 'unknown';

/**
 * Evaluates a condition with three-valued (Kleene) logic: a missing fact makes a comparison
 * unknown, `and` is false as soon as one part is false, `or` is true as soon as one is true.
 * So a recommendation is never applied on a guess, and never ruled out without reason.
 */
export function evaluate(condition: Condition, facts: Facts): Truth {
  switch (condition.op) {
    case 'always':
      return true;
    case 'and':
      return combine(condition.args.map((arg) => evaluate(arg, facts)), false);
    case 'or':
      return combine(condition.args.map((arg) => evaluate(arg, facts)), true);
    case 'not': {
      const inner = evaluate(condition.arg, facts);
      return inner === 'unknown' ? 'unknown' : !inner;
    }
    case 'unknown':
      return known(facts, condition.fact) === undefined;
    case 'is': {
      const value = known(facts, condition.fact);
      return value === undefined ? 'unknown' : value === condition.value;
    }
    case 'oneOf': {
      const value = known(facts, condition.fact);
      return value === undefined ? 'unknown' : condition.values.includes(value);
    }
    case 'compare': {
      const value = known(facts, condition.fact);
      if (typeof value !== 'number') return 'unknown';
      const { comparator, value: limit } = condition;
      return comparator === '<' ? value < limit : comparator === '<=' ? value <= limit : comparator === '>' ? value > limit : value >= limit;
    }
  }
}

/** `dominant` decides (false for and, true for or); otherwise unknown wins over the other value. */
function combine(values: Truth[], dominant: boolean): Truth {
  if (values.includes(dominant)) return dominant;
  return values.includes('unknown') ? 'unknown' : !dominant;
}

function known(facts: Facts, fact: string): FactValue | undefined {
  const value = Object.hasOwn(facts, fact) ? facts[fact] : undefined;
  return value === null || value === undefined ? undefined : value;
}
