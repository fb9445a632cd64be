/** A fact value: an enum value such as `dMMR`, a yes/no, or a number. */
export type FactValue = string | number | boolean;

/**
 * A condition over patient facts, as JSON. `unknown` asks whether a fact is not known
 * (`mmr-status är okänd`: MMR status has not been analysed yet).
 */
export type Condition =
  | { op: 'always' }
  | { op: 'and'; args: Condition[] }
  | { op: 'or'; args: Condition[] }
  | { op: 'not'; arg: Condition }
  | { op: 'is'; fact: string; value: FactValue }
  | { op: 'oneOf'; fact: string; values: FactValue[] }
  | { op: 'compare'; fact: string; comparator: '<' | '<=' | '>' | '>='; value: number }
  | { op: 'unknown'; fact: string };

/** The facts a condition reads, each once, in order of appearance. */
export function factsOf(condition: Condition): string[] {
  const facts: string[] = [];
  const visit = (c: Condition): void => {
    if (c.op === 'and' || c.op === 'or') c.args.forEach(visit);
    else if (c.op === 'not') visit(c.arg);
    else if (c.op !== 'always' && !facts.includes(c.fact)) facts.push(c.fact);
  };
  visit(condition);
  return facts;
}
