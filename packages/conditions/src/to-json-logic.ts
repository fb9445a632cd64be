import type { Condition } from './condition.js';

/** A JsonLogic rule (https://jsonlogic.com), for apps in other languages. */
export type JsonLogic = boolean | { [operator: string]: unknown };

/**
 * The condition as JsonLogic. JsonLogic has two-valued logic: a fact that is not known reads
 * as null and comparisons with it are false. Apps that need "unknown" use `evaluate`.
 */
export function toJsonLogic(condition: Condition): JsonLogic {
  switch (condition.op) {
    case 'always':
      return true;
    case 'and':
      return { and: condition.args.map(toJsonLogic) };
    case 'or':
      return { or: condition.args.map(toJsonLogic) };
    case 'not':
      return { '!': toJsonLogic(condition.arg) };
    case 'unknown':
      return { '==': [{ var: condition.fact }, null] };
    case 'is':
      return { '===': [{ var: condition.fact }, condition.value] };
    case 'oneOf':
      return { in: [{ var: condition.fact }, condition.values] };
    case 'compare':
      return { [condition.comparator]: [{ var: condition.fact }, condition.value] };
  }
}
