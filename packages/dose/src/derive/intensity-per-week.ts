import type { ParsedDose, Range } from '../dose-types.js';

/**
 * Dose intensity: amount per week in the statement's own unit, so that equivalent schedules
 * can be recognised (pembrolizumab 200 mg every 3 weeks and 400 mg every 6 weeks are both
 * 66.7 mg per week). A pause lowers it: 80 mg/m2 weekly with every fourth week off is
 * 80 × 3 / 4 = 60 mg/m2 per week. Null for radiotherapy and when amount or interval is
 * missing.
 *
 * Each end is computed as one division of exact products, so equal ratios give equal
 * floating-point numbers (500 × 7 / 21 === 1000 × 7 / 42).
 */
export function intensityPerWeek(
  dose: Pick<ParsedDose, 'amount' | 'intervalDays' | 'pause' | 'doseKind'> & Partial<Pick<ParsedDose, 'timesPerDay'>>,
): Range | null {
  const { amount, intervalDays, pause, doseKind } = dose;
  if (amount === null || intervalDays === null || doseKind === 'radiation') return null;
  if (intervalDays.low <= 0) return null;
  // `825 mg/m² x 2 dagligen`, `två gånger dagligen`: two administrations on each day. An interval
  // under a day (a value the grammar no longer writes, kept by older graphs) already counts them.
  const times = dose.timesPerDay !== null && dose.timesPerDay !== undefined && intervalDays.low >= 1 ? dose.timesPerDay : { low: 1, high: 1 };

  const onDays = pause === null ? 1 : pause.periodDays - pause.offDays;
  const periodDays = pause === null ? 1 : pause.periodDays;
  return {
    low: (amount.low * times.low * 7 * onDays) / (intervalDays.high * periodDays),
    high: (amount.high * times.high * 7 * onDays) / (intervalDays.low * periodDays),
  };
}
