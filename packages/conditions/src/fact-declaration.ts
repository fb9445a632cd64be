import type { LocalizedText } from '@guideline-as-code/types';
import type { FactValue } from './condition.js';

/** A patient fact a condition may read, as the guideline declares it. */
export interface FactDeclaration {
  id: string;
  type: 'enum' | 'boolean' | 'number';
  /** The allowed values of an enum or boolean fact. */
  values: readonly FactValue[];
}

const list = (values: readonly FactValue[]) => values.map((value) => `\`${String(value)}\``).join(', ');

/** Null when the fact is declared; otherwise a message naming the declared ones. */
export function checkFact(fact: string, facts: ReadonlyMap<string, FactDeclaration>): LocalizedText | null {
  if (facts.has(fact)) return null;
  const known = list([...facts.keys()]);
  return { en: `Unknown patient fact \`${fact}\`; declared facts are ${known}.`, sv: `Okänt patientfaktum \`${fact}\`; deklarerade är ${known}.` };
}

/** Null when the value fits the fact's type and allowed values. */
export function checkValue(fact: FactDeclaration, value: FactValue): LocalizedText | null {
  if (fact.type === 'number') {
    if (typeof value !== 'number') return { en: `\`${fact.id}\` is a number; \`${String(value)}\` is not.`, sv: `\`${fact.id}\` är ett tal; \`${String(value)}\` är det inte.` };
    // Number facts are counts and durations (months since platinum): never negative, never NaN or ±Infinity.
    if (!Number.isFinite(value) || value < 0) {
      return { en: `\`${fact.id}\` must be a finite number of at least 0; \`${String(value)}\` is not.`, sv: `\`${fact.id}\` måste vara ett ändligt tal, minst 0; \`${String(value)}\` är det inte.` };
    }
    return null;
  }
  if (fact.values.includes(value)) return null;
  const allowed = fact.type === 'boolean' ? '`ja`, `nej`' : list(fact.values);
  return {
    en: `\`${String(value)}\` is not a value of \`${fact.id}\`; allowed values are ${allowed}.`,
    sv: `\`${String(value)}\` är inget värde för \`${fact.id}\`; tillåtna värden är ${allowed}.`,
  };
}
