import type { LocalizedText } from '@guideline-as-code/types';
import type { DoseInputField } from './dose-calculation-error.js';
import type { DoseLimit } from './dose-limit.js';

/** Stable id of each warning; apps may switch on it, it never changes meaning. */
export type DoseWarningCode = 'gfr-below-formula-range' | 'gfr-above-formula-range';

/**
 * A dose was calculated, but from a value outside the range its formula is documented for:
 * the app should show the warning with the dose and leave the decision to the clinician.
 */
export interface DoseWarning {
  readonly code: DoseWarningCode;
  readonly field: DoseInputField;
  readonly messages: LocalizedText;
  readonly limit: DoseLimit;
}
