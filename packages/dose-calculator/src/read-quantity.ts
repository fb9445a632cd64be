import {
  annotatedUnit,
  notAQuantity,
  notFinite,
  notPositive,
  tooLargeToConvert,
  tooSmallToConvert,
  unknownUnit,
  wrongUnit,
} from './input-errors.js';
import type { Quantity } from './quantity.js';
import type { QuantitySpec } from './quantity-spec.js';
import { checkUnit, convertUnit } from './ucum.js';

/** An accepted input: converted to the calculator's unit, and as given (unit code normalised). */
export interface ReadQuantity<U extends string> {
  readonly quantity: Quantity<U>;
  readonly given: Quantity;
}

/**
 * Checks one input and converts it to `spec.unit`, or throws a `DoseCalculationError`.
 * Order: shape, finite number, known unit, convertible unit, above zero; each later check
 * assumes the earlier ones, and the first failure is the one reported.
 * Takes `unknown` because apps pass values from forms and JSON, where types are only hopes.
 */
export function readQuantity<U extends string>(input: unknown, spec: QuantitySpec<U>): ReadQuantity<U> {
  if (typeof input !== 'object' || input === null || !('value' in input) || !('unit' in input)) {
    throw notAQuantity(spec, input);
  }
  const { value, unit } = input;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw notFinite(spec, value, unit);
  if (typeof unit !== 'string') throw unknownUnit(spec, unit, undefined);

  const check = checkUnit(unit);
  if (check.status === 'unknown') throw unknownUnit(spec, unit, check.suggestion);
  if (check.status === 'annotated') throw annotatedUnit(spec, unit, check.annotation);

  const converted = convertUnit(value, check.code, spec.unit);
  if (converted === undefined || spec.acceptsUnitForm?.(check.code) === false) throw wrongUnit(spec, check.code);
  if (value <= 0) throw notPositive(spec, value, check.code);
  if (!Number.isFinite(converted)) throw tooLargeToConvert(spec, value, check.code);
  if (converted <= 0) throw tooSmallToConvert(spec, value, check.code);

  return { quantity: { value: converted, unit: spec.unit }, given: { value, unit: check.code } };
}

