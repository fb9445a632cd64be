import type { Duration, TimingRepeat } from '@medplum/fhirtypes';
import { SYSTEMS } from '../canonical/systems.js';

/** A range that may be open at either end: `upp till 35 cykler` is low null, high 35. */
export interface OpenRange {
  readonly low: number | null;
  readonly high: number | null;
}

export interface ClosedRange {
  readonly low: number;
  readonly high: number;
}

/** A duration in a UCUM time unit, as the graph states a maximum duration (`maximalt 2 år`). */
export interface StatedDuration {
  readonly value: number;
  readonly unit: 'a' | 'mo' | 'wk' | 'd';
}

const DURATION_NAMES: Readonly<Record<StatedDuration['unit'], string>> = { a: 'år', mo: 'månader', wk: 'veckor', d: 'dagar' };

/**
 * An administration every `interval` days: once per period of that many days (`var 3:e vecka`
 * is 21, `dagligen` is 1). A range (`var 2–3:e vecka`) uses periodMax.
 */
export function intervalRepeat(interval: ClosedRange): TimingRepeat {
  const repeat: TimingRepeat = { frequency: 1, period: interval.low, periodUnit: 'd' };
  if (interval.high !== interval.low) repeat.periodMax = interval.high;
  return repeat;
}

/**
 * Cycles as repetitions: `i 4 cykler` is count 4; `x 6–8` is count 6, countMax 8; `upp till 35
 * cykler` is countMax 35 alone (R4 reads count as the lower bound when countMax is present, and
 * the text states none). Nothing stated gives nothing.
 */
export function cycleCount(cycles: OpenRange): Pick<TimingRepeat, 'count' | 'countMax'> {
  const result: Pick<TimingRepeat, 'count' | 'countMax'> = {};
  if (cycles.low !== null) result.count = cycles.low;
  if (cycles.high !== null && cycles.high !== cycles.low) result.countMax = cycles.high;
  return result;
}

/** `maximalt 2 år` as Timing.repeat.boundsDuration, a UCUM Duration. */
export function maximumDuration(duration: StatedDuration): Pick<TimingRepeat, 'boundsDuration'> {
  const boundsDuration: Duration = {
    value: duration.value,
    unit: DURATION_NAMES[duration.unit],
    system: SYSTEMS.ucum,
    code: duration.unit,
  };
  return { boundsDuration };
}
