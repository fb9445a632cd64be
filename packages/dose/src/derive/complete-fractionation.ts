import type { FractionValue, Fractionation, Range } from '../dose-types.js';
import type { StatedFractionation } from '../grammar/read-radiation.js';

/**
 * Fills in the value a radiotherapy phrase leaves out: `4 Gy x 5` gives a derived total of
 * 20 Gy; `2 Gy-fraktioner upp till 64–66 Gy` gives 32–33 derived fractions (whole numbers
 * only, see `wholeFractions`). Each value says whether it was stated or derived.
 */
export function completeFractionation(stated: StatedFractionation): Fractionation {
  const { dosePerFraction, fractions, total } = stated;
  return {
    dosePerFraction: dosePerFraction
      ? asStated(dosePerFraction)
      : total && fractions
        ? asDerived(divide(total, fractions))
        : null,
    fractions: fractions ? asStated(fractions) : total && dosePerFraction ? wholeFractions(divide(total, dosePerFraction)) : null,
    total: total ? asStated(total) : dosePerFraction && fractions ? asDerived(multiply(dosePerFraction, fractions)) : null,
  };
}

function asStated(range: Range): FractionValue {
  return { low: range.low, high: range.high, derived: false };
}

function asDerived(range: Range): FractionValue {
  return { low: range.low, high: range.high, derived: true };
}

/**
 * The whole numbers of fractions a quotient allows: `45–50 Gy i 1,8–2 Gy-fraktioner` gives 23–27,
 * not 22.5–27.8. A quotient with no whole number in it (`2 Gy-fraktioner till 45 Gy`: 22.5) derives
 * nothing: the text does not say how the course ends.
 */
function wholeFractions(quotient: Range): FractionValue | null {
  const low = Math.ceil(quotient.low - 1e-9);
  const high = Math.floor(quotient.high + 1e-9);
  return low > high ? null : asDerived({ low, high });
}

function multiply(a: Range, b: Range): Range {
  return { low: a.low * b.low, high: a.high * b.high };
}

/** The widest quotient: the low end over the high end and the other way round. */
function divide(a: Range, b: Range): Range {
  return { low: a.low / b.high, high: a.high / b.low };
}
