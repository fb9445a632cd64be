import { expect } from 'vitest';
import {
  DoseCalculationError,
  type DoseCalculationErrorCode,
  type DoseInputField,
} from '../dose-calculation-error.js';

/**
 * Asserts that `run` throws a `DoseCalculationError` with `code` and `field`, whose English and
 * Swedish messages both contain every string in `mentions` (the values the user gave).
 */
export function expectRejection(
  run: () => unknown,
  code: DoseCalculationErrorCode,
  field: DoseInputField,
  mentions: readonly string[] = [],
): DoseCalculationError {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, 'expected a DoseCalculationError').toBeInstanceOf(DoseCalculationError);
  const error = thrown as DoseCalculationError;
  expect({ code: error.code, field: error.field }).toEqual({ code, field });
  expect(error.message).toBe(error.messages.en);
  for (const mention of mentions) {
    expect(error.messages.en).toContain(mention);
    expect(error.messages.sv).toContain(mention);
  }
  return error;
}
