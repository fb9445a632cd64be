import type { LocalizedText } from '@guideline-as-code/types';
import { formatAmountText, type DrugEntry } from '@guideline-as-code/dose';
import type { AnyDose } from './lexicon-drug.js';

/**
 * A dose whose number fits another of the drug's dose kinds but not its own, e.g.
 * `karboplatin 5 mg/m2`: 5 is a carboplatin AUC, while carboplatin's mg/m2 doses are
 * 200–400. The unit, not the number, is then most likely wrong.
 */
export function unitLooksWrong(dose: AnyDose, drug: DrugEntry): LocalizedText | null {
  const { amount, unit } = dose;
  if (!amount || !unit) return null;
  const fits = (range: DrugEntry['ranges'][number]) => amount.low >= range.amount.low && amount.high <= range.amount.high;
  const own = drug.ranges.filter((range) => range.unit === unit);
  if (own.length === 0 || own.some(fits)) return null;
  const other = drug.ranges.find((range) => range.unit !== unit && fits(range));
  if (!other) return null;
  const written = formatAmountText({ amount, unit });
  const meant = formatAmountText({ amount, unit: other.unit });
  return {
    en: `Dose \`${written}\` for \`${drug.name}\` has the number of a dose in \`${other.unit}\` (\`${meant}\`); is the unit wrong?`,
    sv: `Dosen \`${written}\` för \`${drug.name}\` har talet för en dos i \`${other.unit}\` (\`${meant}\`); är enheten fel?`,
  };
}
