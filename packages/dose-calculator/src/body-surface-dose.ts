import type { BodySurfaceArea } from './body-surface-area.js';
import { readDosePerBodySurfaceArea } from './dose-amounts.js';
import { milligrams } from './dose-result.js';
import { readBodySurfaceArea } from './patient-values.js';
import type { Quantity } from './quantity.js';

/** A dose in mg from a dose per m2, with the area it was multiplied by. */
export interface BodySurfaceDose extends Quantity<'mg'> {
  readonly kind: 'body-surface';
  readonly dose: Quantity<'mg/m2'>;
  /** In m2; a `BodySurfaceArea` with method, height and weight when `calculateDose` computed it. */
  readonly bodySurfaceArea: Quantity<'m2'> | BodySurfaceArea;
}

/** Dose in mg = dose (mg/m2, or any mass per area) × body-surface area (m2). */
export function bodySurfaceDose(input: { readonly dose: Quantity; readonly bodySurfaceArea: Quantity }): BodySurfaceDose {
  const dose = readDosePerBodySurfaceArea(input?.dose);
  const bodySurfaceArea = readBodySurfaceArea(input?.bodySurfaceArea);
  return { ...milligrams(dose.value * bodySurfaceArea.value, dose, 'dose'), kind: 'body-surface', dose, bodySurfaceArea };
}
