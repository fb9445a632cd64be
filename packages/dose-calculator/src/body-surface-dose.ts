import type { BodySurfaceArea } from './body-surface-area.js';
import { readDosePerBodySurfaceArea } from './dose-amounts.js';
import { DoseCalculationError } from './dose-calculation-error.js';
import { plausibilityLimitSource } from './dose-limit.js';
import { milligrams } from './dose-result.js';
import { readBodySurfaceArea } from './patient-values.js';
import { BODY_SURFACE_AREA_LIMITS_M2 } from './plausibility-limits.js';
import type { Quantity } from './quantity.js';
import { showValue } from './show.js';

/** A dose in mg from a dose per m2, with the area it was multiplied by. */
export interface BodySurfaceDose extends Quantity<'mg'> {
  readonly kind: 'body-surface';
  readonly dose: Quantity<'mg/m2'>;
  /** In m2; a `BodySurfaceArea` with method, height and weight when `calculateDose` computed it. */
  readonly bodySurfaceArea: Quantity<'m2'> | BodySurfaceArea;
  /** The area the dose was multiplied by: `bodySurfaceArea`, or the cap when the area is above it. */
  readonly bodySurfaceAreaUsed: Quantity<'m2'>;
  /** Whether `maxBodySurfaceArea` lowered the area; an app should show this next to the dose. */
  readonly bodySurfaceAreaCapped: boolean;
}

/**
 * Dose in mg = dose (mg/m2, or any mass per area) × body-surface area (m2). With
 * `maxBodySurfaceArea` (in m2, e.g. `2.0`, as local routines cap the area for some drugs), a
 * larger area is replaced by the cap and the result says so. There is no cap by default.
 */
export function bodySurfaceDose(input: {
  readonly dose: Quantity;
  readonly bodySurfaceArea: Quantity;
  readonly maxBodySurfaceArea?: number | undefined;
}): BodySurfaceDose {
  const dose = readDosePerBodySurfaceArea(input?.dose);
  const bodySurfaceArea = readBodySurfaceArea(input?.bodySurfaceArea);
  const cap = readCap(input?.maxBodySurfaceArea);
  const bodySurfaceAreaCapped = cap !== undefined && bodySurfaceArea.value > cap;
  const bodySurfaceAreaUsed: Quantity<'m2'> = bodySurfaceAreaCapped ? { value: cap, unit: 'm2' } : { value: bodySurfaceArea.value, unit: 'm2' };
  return {
    ...milligrams(dose.value * bodySurfaceAreaUsed.value, dose, 'dose'),
    kind: 'body-surface',
    dose,
    bodySurfaceArea,
    bodySurfaceAreaUsed,
    bodySurfaceAreaCapped,
  };
}

/** The cap is an app's setting, in m2; one no patient's area could reach the limits of is a mistake. */
function readCap(cap: unknown): number | undefined {
  if (cap === undefined) return undefined;
  const { min, max } = BODY_SURFACE_AREA_LIMITS_M2;
  if (typeof cap === 'number' && Number.isFinite(cap) && cap >= min && cap <= max) return cap;
  throw new DoseCalculationError(
    'invalid-option',
    {
      en: `maxBodySurfaceArea must be a number of m2 from ${min} to ${max}, e.g. \`2\`; got \`${showValue(cap)}\`.`,
      sv: `maxBodySurfaceArea ska vara ett antal m2 från ${min} till ${max}, t.ex. \`2\`; fick \`${showValue(cap)}\`.`,
    },
    'maxBodySurfaceArea',
    { min, max, unit: 'm2', source: plausibilityLimitSource },
  );
}
