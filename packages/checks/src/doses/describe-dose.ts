import { sameInBoth as both, type LocalizedText } from '@guideline-as-code/types';
import { describeInterval, describeIntervalSv, formatAmountText, formatRange } from '@guideline-as-code/dose';
import type { DoseField, DoseValues } from './dose-values.js';

/** One field of a dose as a reader would write it, in both languages, e.g. `175 mg/m2`. */
export function describeField(dose: DoseValues, field: DoseField): LocalizedText {
  switch (field) {
    case 'amount':
      return both(dose.amount ? formatAmountText(dose) : '–');
    case 'interval':
      return dose.intervalDays ? { en: describeInterval(dose.intervalDays), sv: describeIntervalSv(dose.intervalDays) } : both('–');
    case 'cycles': {
      const cycles = dose.cycles;
      if (!cycles) return both('–');
      if (cycles.low === null) return { en: `up to ${cycles.high} cycles`, sv: `upp till ${cycles.high} cykler` };
      if (cycles.high === null) return { en: `at least ${cycles.low} cycles`, sv: `minst ${cycles.low} cykler` };
      return { en: `${formatRange({ low: cycles.low, high: cycles.high })} cycles`, sv: `${formatRange({ low: cycles.low, high: cycles.high })} cykler` };
    }
    case 'maxDuration':
      return dose.maxDuration ? both(`${dose.maxDuration.value} ${dose.maxDuration.unit}`) : both('–');
    case 'fractionation': {
      const f = dose.fractionation;
      if (!f) return both('–');
      const perFraction = f.dosePerFraction ? `${formatRange(f.dosePerFraction)} Gy` : '?';
      const fractions = f.fractions ? formatRange(f.fractions) : '?';
      return both(`${perFraction} x ${fractions}`);
    }
  }
}

/** Field names in a sentence: "dose", "interval" … */
export const fieldNames: Record<DoseField, LocalizedText> = {
  amount: { en: 'dose', sv: 'dos' },
  interval: { en: 'interval', sv: 'intervall' },
  cycles: { en: 'cycles', sv: 'antal cykler' },
  maxDuration: { en: 'maximum duration', sv: 'maximal behandlingstid' },
  fractionation: { en: 'fractionation', sv: 'fraktionering' },
};
