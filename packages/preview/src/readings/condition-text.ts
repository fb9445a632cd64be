import type { Condition } from '@guideline-as-code/model';
import type { PatientFact } from '@guideline-as-code/parser';
import type { SiteLanguage } from '../site-input.js';
import { formatNumber } from './numbers.js';

const joiners = { and: { sv: 'och', en: 'and' }, or: { sv: 'eller', en: 'or' } } as const;
const comparators = {
  '<': { sv: 'under', en: 'below' },
  '<=': { sv: 'högst', en: 'at most' },
  '>': { sv: 'över', en: 'above' },
  '>=': { sv: 'minst', en: 'at least' },
} as const;

/**
 * A rule's condition in readable words, with the labels of the patient facts it names
 * ("MMR-status är Defekt MMR (dMMR/MSI-H) och …"); a fact the vocabulary does not know is shown by its id.
 */
export function conditionText(condition: Condition, facts: readonly PatientFact[], language: SiteLanguage): string {
  const sv = language === 'sv';
  const fact = (id: string) => facts.find((candidate) => candidate.id === id);
  const factLabel = (id: string) => fact(id)?.label[language] ?? id;
  const valueLabel = (id: string, value: string | number | boolean) => {
    const known = fact(id)?.values.find((candidate) => candidate.value === value)?.label[language];
    if (known) return known;
    if (typeof value === 'boolean') return value ? (sv ? 'ja' : 'yes') : sv ? 'nej' : 'no';
    return typeof value === 'number' ? formatNumber(value, language) : value;
  };
  const nested = (inner: Condition) => (inner.op === 'and' || inner.op === 'or' ? `(${conditionText(inner, facts, language)})` : conditionText(inner, facts, language));
  switch (condition.op) {
    case 'always':
      return sv ? 'alltid' : 'always';
    case 'unknown':
      return `${factLabel(condition.fact)} ${sv ? 'är okänd' : 'is unknown'}`;
    case 'is':
      return `${factLabel(condition.fact)}: ${valueLabel(condition.fact, condition.value)}`;
    case 'oneOf':
      return `${factLabel(condition.fact)}: ${condition.values.map((value) => valueLabel(condition.fact, value)).join(sv ? ' eller ' : ' or ')}`;
    case 'compare': {
      const unit = fact(condition.fact)?.unit;
      return `${factLabel(condition.fact)} ${comparators[condition.comparator][language]} ${formatNumber(condition.value, language)}${unit ? ` ${unit}` : ''}`;
    }
    case 'not':
      return `${sv ? 'inte' : 'not'} ${nested(condition.arg)}`;
    case 'and':
    case 'or':
      return condition.args.map(nested).join(` ${joiners[condition.op][language]} `);
  }
}
