import { bodySurfaceArea, type BodySurfaceArea, type BodySurfaceAreaMethod } from './body-surface-area.js';
import { bodySurfaceDose, type BodySurfaceDose } from './body-surface-dose.js';
import { carboplatinDose, type CarboplatinDose } from './carboplatin-dose.js';
import { flatDose, type FlatDose } from './flat-dose.js';
import { missingPatientValue, unknownDoseKind } from './input-errors.js';
import type { Quantity } from './quantity.js';
import { weightBasedDose, type WeightBasedDose } from './weight-based-dose.js';

/**
 * How a prescribed amount becomes a dose in mg (or in million international units, `10*6.[iU]`):
 * as is, per m2, per kg, or as a carboplatin target AUC.
 */
export type DoseKind = 'flat' | 'body-surface' | 'weight' | 'auc';

/** A dose as a regimen states it, e.g. `{ amount: { value: 175, unit: 'mg/m2' }, kind: 'body-surface' }`. */
export interface PrescribedDose {
  readonly amount: Quantity;
  readonly kind: DoseKind;
}

/** What is known about the patient; which values are needed depends on the dose kind. */
export interface PatientValues {
  readonly height?: Quantity | undefined;
  readonly weight?: Quantity | undefined;
  /** Absolute GFR (mL/min), not relative to 1.73 m². */
  readonly gfr?: Quantity | undefined;
  /** When given, used as is for doses per m2; height and weight are then not used for the area. */
  readonly bodySurfaceArea?: Quantity | undefined;
}

export interface CalculateDoseOptions {
  /** Cap the GFR at 125 mL/min in the Calvert formula; default `true`. */
  readonly capGfr?: boolean | undefined;
  /** Formula for body-surface area from height and weight; default `mosteller`. */
  readonly bodySurfaceAreaMethod?: BodySurfaceAreaMethod | undefined;
  /** Cap the body-surface area for doses per m2 at this many m2 (e.g. `2`); default: no cap. */
  readonly maxBodySurfaceArea?: number | undefined;
}

/** A dose in mg with its working; `kind` says which formula gave it. */
export type CalculatedDose = FlatDose | BodySurfaceDose | WeightBasedDose | CarboplatinDose;

/**
 * Calculates the dose in mg for a patient, choosing the formula by `dose.kind`. Throws a
 * `DoseCalculationError`, and only that, when a needed patient value is missing or any input
 * is malformed or implausible; it never returns NaN, zero, a negative or an infinite dose.
 */
// A carboplatin AUC and a dose per m2 are only ever in mg; a flat or per-kg dose may be in
// million units (`10*6.[iU]`), so only those results carry both units in their type.
export function calculateDose(dose: PrescribedDose & { readonly kind: 'auc' }, patient?: PatientValues, options?: CalculateDoseOptions): CarboplatinDose;
export function calculateDose(dose: PrescribedDose & { readonly kind: 'body-surface' }, patient?: PatientValues, options?: CalculateDoseOptions): BodySurfaceDose;
export function calculateDose(dose: PrescribedDose, patient?: PatientValues, options?: CalculateDoseOptions): CalculatedDose;
export function calculateDose(
  dose: PrescribedDose,
  patient: PatientValues = {},
  options: CalculateDoseOptions = {},
): CalculatedDose {
  // Apps call this from plain JavaScript with values from forms, so nothing is taken on trust.
  const kind: unknown = dose?.kind;
  const amount = dose?.amount;
  const values = patient ?? {};
  switch (kind) {
    case 'flat':
      return flatDose({ dose: amount });
    case 'weight':
      if (values.weight == null) {
        throw missingPatientValue('weight', {
          en: 'Weight is needed to calculate a dose in mg/kg.',
          sv: 'Vikt behövs för att beräkna en dos i mg/kg.',
        });
      }
      return weightBasedDose({ dose: amount, weight: values.weight });
    case 'body-surface':
      return bodySurfaceDoseFor(amount, values, options?.bodySurfaceAreaMethod ?? 'mosteller', options?.maxBodySurfaceArea);
    case 'auc':
      if (values.gfr == null) {
        throw missingPatientValue('gfr', {
          en: 'GFR is needed to calculate a carboplatin dose from a target AUC.',
          sv: 'GFR behövs för att beräkna en karboplatindos från mål-AUC.',
        });
      }
      return carboplatinDose({ targetAuc: amount, gfr: values.gfr, capGfr: options?.capGfr });
    default:
      throw unknownDoseKind(kind);
  }
}

function bodySurfaceDoseFor(amount: Quantity, patient: PatientValues, method: BodySurfaceAreaMethod, maxBodySurfaceArea: number | undefined): BodySurfaceDose {
  if (patient.bodySurfaceArea != null) return bodySurfaceDose({ dose: amount, bodySurfaceArea: patient.bodySurfaceArea, maxBodySurfaceArea });
  const { height, weight } = patient;
  if (height == null && weight == null) {
    throw missingPatientValue('bodySurfaceArea', {
      en: 'Body-surface area, or height and weight, are needed to calculate a dose in mg/m2.',
      sv: 'Kroppsyta, eller längd och vikt, behövs för att beräkna en dos i mg/m2.',
    });
  }
  if (weight == null) {
    throw missingPatientValue('weight', {
      en: 'Weight is needed, with height, to calculate the body-surface area for a dose in mg/m2.',
      sv: 'Vikt behövs, tillsammans med längd, för att beräkna kroppsytan för en dos i mg/m2.',
    });
  }
  if (height == null) {
    throw missingPatientValue('height', {
      en: 'Height is needed, with weight, to calculate the body-surface area for a dose in mg/m2.',
      sv: 'Längd behövs, tillsammans med vikt, för att beräkna kroppsytan för en dos i mg/m2.',
    });
  }
  const area: BodySurfaceArea = bodySurfaceArea({ height, weight }, method);
  return { ...bodySurfaceDose({ dose: amount, bodySurfaceArea: area, maxBodySurfaceArea }), bodySurfaceArea: area };
}
