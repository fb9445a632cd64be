import type { Fractionation } from '@guideline-as-code/model';
import type { LocalizedText } from '@guideline-as-code/types';
import { formatRange } from '@guideline-as-code/dose';
import { defineRule } from '../define-rule.js';
import { doseSource } from '../doses/lexicon-drug.js';
import { allDoses } from '../doses/component-values.js';

/**
 * Plausibility limits for catching typing errors in radiotherapy doses (a dose ×10), chosen by
 * the tool's authors, not clinical limits: external and stereotactic radiotherapy give from
 * about 1 Gy to at most 25 Gy per fraction, and no course in these guidelines exceeds 90 Gy.
 */
const perFractionGy = { low: 0.5, high: 25 };
const totalGy = { low: 1, high: 90 };

/** Dose per fraction × number of fractions against the stated total, and plausible radiation doses. */
export const fractionationArithmetic = defineRule({
  id: 'fractionation-arithmetic',
  docs: {
    examples: {
      fail: [
        { markdown: '# 13 Återfall\n\nBoost ges med 3 Gy-fraktioner upp till 64 Gy.\n' },
        { markdown: '# 13 Återfall\n\nExempelvis kan 40 Gy x 5 ges.\n' },
      ],
      pass: [
        { markdown: '# 13 Återfall\n\nBoost ges med 2 Gy-fraktioner upp till 64–66 Gy. Exempelvis kan 4 Gy x 5 ges.\n' },
        // Whole numbers of fractions fit a range (23–27), though the ends divide to 22.5 and 27.8.
        { markdown: '# 13 Återfall\n\nStrålbehandling ges med 45–50 Gy i 1,8–2 Gy-fraktioner.\n' },
      ],
    },
  },
  check({ index, report }) {
    for (const dose of allDoses(index)) {
      const fractionation = dose.fractionation;
      if (!fractionation) continue;
      const problem = arithmeticProblem(fractionation) ?? plausibilityProblem(fractionation);
      if (problem) report({ message: problem, source: doseSource(dose) });
    }
  },
});

function arithmeticProblem({ dosePerFraction, fractions, total }: Fractionation): LocalizedText | null {
  if (!dosePerFraction || !total) return null;
  // The grammar derives only whole numbers of fractions and none when no whole number fits the
  // quotient (`3 Gy-fraktioner upp till 64 Gy`: 21.3), so the quotient is worked out here.
  if (!fractions || fractions.derived) {
    const quotient = { low: total.low / dosePerFraction.high, high: total.high / dosePerFraction.low };
    if (Math.ceil(quotient.low - 1e-9) <= Math.floor(quotient.high + 1e-9)) return null;
    const count = formatRange({ low: round(quotient.low), high: round(quotient.high) });
    return {
      en: `A total of \`${formatRange(total)} Gy\` in \`${formatRange(dosePerFraction)} Gy\` fractions is \`${count}\` fractions, not a whole number.`,
      sv: `Totaldosen \`${formatRange(total)} Gy\` i fraktioner om \`${formatRange(dosePerFraction)} Gy\` blir \`${count}\` fraktioner, inte ett helt antal.`,
    };
  }
  const derived = dosePerFraction.derived || total.derived;
  const product = { low: dosePerFraction.low * fractions.low, high: dosePerFraction.high * fractions.high };
  if (derived || (product.low === total.low && product.high === total.high)) return null;
  return {
    en: `\`${formatRange(dosePerFraction)} Gy x ${formatRange(fractions)}\` is \`${formatRange(product)} Gy\`, but the stated total is \`${formatRange(total)} Gy\`.`,
    sv: `\`${formatRange(dosePerFraction)} Gy x ${formatRange(fractions)}\` blir \`${formatRange(product)} Gy\`, men angiven totaldos är \`${formatRange(total)} Gy\`.`,
  };
}

function plausibilityProblem({ dosePerFraction, total }: Fractionation): LocalizedText | null {
  if (dosePerFraction && (dosePerFraction.low < perFractionGy.low || dosePerFraction.high > perFractionGy.high)) {
    return {
      en: `A dose of \`${formatRange(dosePerFraction)} Gy\` per fraction is outside the plausible \`${formatRange(perFractionGy)} Gy\`.`,
      sv: `Dosen \`${formatRange(dosePerFraction)} Gy\` per fraktion ligger utanför det rimliga \`${formatRange(perFractionGy)} Gy\`.`,
    };
  }
  if (total && (total.low < totalGy.low || total.high > totalGy.high)) {
    return {
      en: `A total dose of \`${formatRange(total)} Gy\` is outside the plausible \`${formatRange(totalGy)} Gy\`.`,
      sv: `Totaldosen \`${formatRange(total)} Gy\` ligger utanför det rimliga \`${formatRange(totalGy)} Gy\`.`,
    };
  }
  return null;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
