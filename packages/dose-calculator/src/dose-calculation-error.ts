import type { LocalizedText } from '@guideline-as-code/types';
import type { DoseLimit } from './dose-limit.js';

/** The calculator's texts are in Swedish for clinicians and English for everyone. */
export type { LocalizedText };

/** Stable id of each way an input can be rejected; apps may switch on it, it never changes meaning. */
export type DoseCalculationErrorCode =
  | 'not-a-quantity'
  | 'not-finite'
  | 'not-positive'
  | 'unknown-unit'
  | 'annotated-unit'
  | 'wrong-unit'
  | 'height-looks-like-metres'
  | 'implausible-height'
  | 'implausible-weight'
  | 'implausible-gfr'
  | 'implausible-body-surface-area'
  | 'auc-out-of-range'
  | 'missing-patient-value'
  | 'unknown-dose-kind'
  | 'unknown-body-surface-area-method'
  | 'dose-out-of-range'
  | 'invalid-option';

/** The input that was rejected, named as in the calculator's parameters. */
export type DoseInputField =
  | 'height'
  | 'weight'
  | 'gfr'
  | 'bodySurfaceArea'
  | 'dose'
  | 'targetAuc'
  | 'kind'
  | 'bodySurfaceAreaMethod'
  | 'maxBodySurfaceArea';

/**
 * Thrown when an input cannot give a trustworthy dose: the calculator refuses rather than
 * compute a number from nonsense. `message` is the English text; `messages` has both languages.
 */
export class DoseCalculationError extends Error {
  override readonly name = 'DoseCalculationError';
  readonly code: DoseCalculationErrorCode;
  readonly messages: LocalizedText;
  readonly field: DoseInputField;
  /** For a value outside a limit: the limit and where it comes from. */
  readonly limit?: DoseLimit;

  constructor(code: DoseCalculationErrorCode, messages: LocalizedText, field: DoseInputField, limit?: DoseLimit) {
    super(messages.en);
    this.code = code;
    this.messages = messages;
    this.field = field;
    if (limit !== undefined) this.limit = limit;
  }
}
