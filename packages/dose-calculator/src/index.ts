export type { Quantity } from './quantity.js';
export { round } from './round.js';
export {
  DoseCalculationError,
  type DoseCalculationErrorCode,
  type DoseInputField,
  type LocalizedText,
} from './dose-calculation-error.js';
export {
  BODY_SURFACE_AREA_LIMITS_M2,
  GFR_MAX_ML_PER_MIN,
  HEIGHT_IN_CM_THAT_LOOKS_LIKE_METRES,
  HEIGHT_LIMITS_CM,
  TARGET_AUC_LIMITS,
  WEIGHT_LIMITS_KG,
} from './plausibility-limits.js';
export { CALVERT_GFR_RANGE_ML_PER_MIN } from './formula-limits.js';
export type { DoseLimit } from './dose-limit.js';
export type { DoseWarning, DoseWarningCode } from './dose-warning.js';
export { bodySurfaceArea, type BodySurfaceArea, type BodySurfaceAreaMethod } from './body-surface-area.js';
export { CARBOPLATIN_MAX_GFR_ML_PER_MIN, carboplatinDose, type CarboplatinDose } from './carboplatin-dose.js';
export { bodySurfaceDose, type BodySurfaceDose } from './body-surface-dose.js';
export { weightBasedDose, type WeightBasedDose } from './weight-based-dose.js';
export { flatDose, type FlatDose } from './flat-dose.js';
export {
  calculateDose,
  type CalculateDoseOptions,
  type CalculatedDose,
  type DoseKind,
  type PatientValues,
  type PrescribedDose,
} from './calculate-dose.js';
