import { sameInBoth as both, type LocalizedText } from '@guideline-as-code/types';
import { describeInterval, describeIntervalSv, formatAmountText, formatRange } from '@guideline-as-code/dose';
import type { DoseField, DoseValues } from './dose-values.js';

/** One field of a dose as a reader would write it, in both languages, e.g. `175 mg/m2`. */
export function describeField(dose: DoseValues, field: DoseField): LocalizedText {
  switch (field) {
    case 'amount':
      return both(dose.amount ? formatAmountText(dose) : '–');
    case 'interval':
      return dose.intervalDays ? describeSchedule(dose.intervalDays, dose.timesPerDay ?? null) : both('–');
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

/** `dagligen`, `x 2 dagligen` (`2 times daily`): the interval with the times a day when more than once. */
function describeSchedule(interval: NonNullable<DoseValues['intervalDays']>, times: DoseValues['intervalDays']): LocalizedText {
  const en = describeInterval(interval);
  const sv = describeIntervalSv(interval);
  if (times === null || (times.low === 1 && times.high === 1)) return { en, sv };
  const count = formatRange(times);
  return { en: `${count} times ${en}`, sv: `x ${count} ${sv}` };
}

/** Field names in a sentence: "dose", "interval" … */
export const fieldNames: Record<DoseField, LocalizedText> = {
  amount: { en: 'dose', sv: 'dos' },
  interval: { en: 'interval', sv: 'intervall' },
  cycles: { en: 'cycles', sv: 'antal cykler' },
  maxDuration: { en: 'maximum duration', sv: 'maximal behandlingstid' },
  fractionation: { en: 'fractionation', sv: 'fraktionering' },
};
