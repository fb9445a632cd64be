import { readTargetAuc } from './dose-amounts.js';
import { milligrams } from './dose-result.js';
import type { DoseWarning } from './dose-warning.js';
import { CALVERT_GFR_RANGE_ML_PER_MIN } from './formula-limits.js';
import { readGfr } from './patient-values.js';
import type { Quantity } from './quantity.js';
import { showNumber } from './show.js';

/**
 * Highest GFR put into the Calvert formula, in mL/min. An overestimated GFR (common with
 * creatinine-based estimates in patients with low muscle mass, and with IDMS-standardised
 * creatinine) would otherwise give an overdose; capped, the dose is at most AUC × 150 mg.
 * The cap of 125 mL/min is the one recommended by the US NCI Cancer Therapy Evaluation Program
 * and the Gynecologic Oncology Group (2010), and used with the Calvert formula in Swedish and
 * Nordic regimen practice.
 */
export const CARBOPLATIN_MAX_GFR_ML_PER_MIN = 125;

/** The "+ 25" of the Calvert formula: carboplatin's non-renal clearance in mL/min. */
const NON_RENAL_CLEARANCE_ML_PER_MIN = 25;

/** A carboplatin dose in mg with the working of the Calvert formula. */
export interface CarboplatinDose extends Quantity<'mg'> {
  readonly kind: 'auc';
  readonly targetAuc: Quantity<'mg/mL.min'>;
  /** The patient's GFR, converted to mL/min. */
  readonly gfr: Quantity<'mL/min'>;
  /** The GFR put into the formula: `gfr`, or the cap when `gfr` is above it and the cap is on. */
  readonly gfrUsed: Quantity<'mL/min'>;
  /** Whether the cap lowered the GFR; an app should show this next to the dose. */
  readonly gfrCapped: boolean;
  /** The GFR used lies outside the range the formula was derived in; show these with the dose. */
  readonly warnings: readonly DoseWarning[];
}

/**
 * Carboplatin dose by the Calvert formula (Calvert AH et al., J Clin Oncol 1989;7:1748–56):
 * dose mg = target AUC (mg/mL.min) × (GFR (mL/min) + 25).
 * `gfr` is the absolute GFR (mL/min, or `mL/s` and other flow units), not one relative to
 * 1.73 m² body-surface area. The GFR is capped at 125 mL/min unless `capGfr` is `false`.
 * A GFR used outside 33–135 mL/min, the range the formula was derived in, gives a warning.
 */
export function carboplatinDose(input: {
  readonly targetAuc: Quantity;
  readonly gfr: Quantity;
  readonly capGfr?: boolean | undefined;
}): CarboplatinDose {
  const targetAuc = readTargetAuc(input?.targetAuc);
  const gfr = readGfr(input?.gfr);
  // Only an explicit `false` turns the cap off: the safe choice is the default.
  const gfrCapped = input.capGfr !== false && gfr.value > CARBOPLATIN_MAX_GFR_ML_PER_MIN;
  const gfrUsed: Quantity<'mL/min'> = gfrCapped ? { value: CARBOPLATIN_MAX_GFR_ML_PER_MIN, unit: 'mL/min' } : gfr;
  const dose = milligrams(targetAuc.value * (gfrUsed.value + NON_RENAL_CLEARANCE_ML_PER_MIN), targetAuc, 'targetAuc');
  return { ...dose, kind: 'auc', targetAuc, gfr, gfrUsed, gfrCapped, warnings: gfrWarnings(gfrUsed.value, dose.value) };
}

function gfrWarnings(gfr: number, dose: number): DoseWarning[] {
  const range = CALVERT_GFR_RANGE_ML_PER_MIN;
  const given = `\`${showNumber(gfr)} mL/min\``;
  const calculated = `\`${showNumber(dose)} mg\``;
  if (gfr < range.min) {
    return [
      {
        code: 'gfr-below-formula-range',
        field: 'gfr',
        limit: range,
        messages: {
          en: `GFR ${given} is below ${range.min} mL/min, the lower end of the ${range.source.en}: the dose ${calculated} is an extrapolation; check the GFR (absolute, in mL/min, not mL/s) and the dose.`,
          sv: `GFR ${given} ligger under ${range.min} mL/min, nedre gränsen för ${range.source.sv}: dosen ${calculated} är en extrapolation; kontrollera GFR (absolut, i mL/min, inte mL/s) och dosen.`,
        },
      },
    ];
  }
  if (gfr > range.max) {
    return [
      {
        code: 'gfr-above-formula-range',
        field: 'gfr',
        limit: range,
        messages: {
          en: `GFR ${given}, used without the cap, is above ${range.max} mL/min, the upper end of the ${range.source.en}: the dose ${calculated} is an extrapolation.`,
          sv: `GFR ${given}, använt utan tak, ligger över ${range.max} mL/min, övre gränsen för ${range.source.sv}: dosen ${calculated} är en extrapolation.`,
        },
      },
    ];
  }
  return [];
}
