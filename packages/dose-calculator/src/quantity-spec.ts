import type { DoseInputField, LocalizedText } from './dose-calculation-error.js';
import type { Quantity } from './quantity.js';

/** What the calculator expects of one input: its unit and how to speak about it in errors. */
export interface QuantitySpec<U extends string> {
  readonly field: DoseInputField;
  /** Subject of a sentence: `Weight` / `Vikten`. */
  readonly name: LocalizedText;
  /** The unit the calculator works in; every accepted input is converted to it. */
  readonly unit: U;
  /** Which units are accepted, e.g. "a unit of mass such as `kg`, `g` or `[lb_av]`". */
  readonly expected: LocalizedText;
  /** A well-formed input, shown when the input is not a quantity at all. */
  readonly example: Quantity<U>;
  /** A point to add when a unit is rejected, e.g. absolute versus relative GFR; by the unit given. */
  readonly unitHint?: (code: string) => LocalizedText | undefined;
  /**
   * A check on the form of a unit whose dimension alone says too little: `mg/kg` is a pure
   * ratio to UCUM, as is `%`, and a dose of 5 % must not become 50 000 mg/kg.
   */
  readonly acceptsUnitForm?: (code: string) => boolean;
}
