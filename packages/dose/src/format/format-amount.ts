import type { ParsedDose } from '../dose-types.js';
import { formatRange } from './format-number.js';

/**
 * The amount with its unit as a guideline writes it: `500 mg`, `175–200 mg/m2`, `AUC 5`, `4 Gy`,
 * and million units the Swedish way, `30 ME`, `0,5 ME/kg`.
 */
export function formatAmountText(dose: Pick<ParsedDose, 'amount' | 'unit'>): string {
  if (dose.amount === null || dose.unit === null) return '';
  if (dose.unit === 'mg/mL.min') return `AUC ${formatRange(dose.amount)}`;
  if (dose.unit === 'MU' || dose.unit === 'MU/kg') return `${formatRange(dose.amount)} ${dose.unit.replace('MU', 'ME')}`;
  return `${formatRange(dose.amount)} ${dose.unit}`;
}
