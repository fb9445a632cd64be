import type { ActivityDefinition } from '@medplum/fhirtypes';
import { doseQuantity } from './dose-quantity.js';
import { cycleCount, type ClosedRange } from './timing.js';

/**
 * A radiotherapy fractionation on a ServiceRequest activity (`4 Gy x 5`): ActivityDefinition
 * `quantity` is "the quantity expected to be consumed at once (per dose)", so it carries the dose
 * per fraction in Gy; `timingTiming.repeat.count` (and countMax for `8 Gy x 1–2`) the number of
 * fractions. A dose per fraction given as a range has no place in a SimpleQuantity: the caller
 * leaves `quantity` out and marks it not stated.
 * ActivityDefinition has no element for the total dose: it is the product, and stays in the
 * source text the resource's description quotes.
 */
export function fractionationElements(dosePerFractionGy: number, fractions: ClosedRange): Pick<ActivityDefinition, 'quantity' | 'timingTiming'> {
  return {
    quantity: doseQuantity(dosePerFractionGy, 'Gy'),
    timingTiming: { repeat: cycleCount(fractions) },
  };
}
