import type { LocalizedText } from '@guideline-as-code/types';
import type { ParsedDose, Range } from '../dose-types.js';
import { intensityPerWeek } from '../derive/intensity-per-week.js';
import { formatAmountText } from '../format/format-amount.js';
import { formatNumber, formatRange } from '../format/format-number.js';
import type { DrugEntry, PlausibleRange } from '../lexicon/lexicon-types.js';
import type { DoseProblem } from './dose-kind-problem.js';

type CheckedDose = Pick<ParsedDose, 'amount' | 'unit' | 'doseKind' | 'intervalDays' | 'pause'> & Partial<Pick<ParsedDose, 'days'>>;

/**
 * Whether the dose lies outside every plausible range the lexicon gives for its unit and
 * schedule (or, given on several days of a cycle, its total per cycle: `cycleTotal`), or exceeds
 * the weekly maximum of the range it falls in. The ranges are limits for
 * catching typing errors (a dose ×10), not therapeutic advice. A dose without an interval is
 * checked against all ranges of its unit; so is a dose whose interval no range covers.
 */
export function doseRangeProblem(dose: CheckedDose, drug: DrugEntry): DoseProblem | null {
  const { amount, unit } = dose;
  if (amount === null || unit === null) return null;
  const ofUnit = drug.ranges.filter((range) => range.unit === unit);
  if (ofUnit.length === 0) return null;
  const interval = dose.intervalDays;
  const forSchedule =
    interval === null ? [] : ofUnit.filter((range) => range.intervalDays === null || contains(range.intervalDays, interval));
  const applicable = forSchedule.length > 0 ? forSchedule : ofUnit;
  const perCycle = cycleTotal(dose);
  const fitting = applicable.filter(
    (range) => contains(range.amount, amount) || (perCycle !== null && range.intervalDays !== null && range.intervalDays.low > 1 && contains(range.amount, perCycle)),
  );
  if (fitting.length === 0) {
    const subject = subjectOf(dose, drug);
    const expected = applicable.map((range) => describeRange(range, describeInterval)).join(' or ');
    const expectedSv = applicable.map((range) => describeRange(range, describeIntervalSv)).join(' eller ');
    return {
      ruleId: 'dose-range',
      message: { en: `${subject.en} is outside its plausible range ${expected}`, sv: `${subject.sv} ligger utanför det rimliga intervallet ${expectedSv}` },
    };
  }
  const intensity = intensityPerWeek(dose);
  const limits = fitting.map((range) => range.maxPerWeek);
  if (intensity === null || limits.some((limit) => limit === null)) return null;
  const highest = Math.max(...(limits as number[]));
  if (intensity.high <= highest) return null;
  const perWeek = `\`${formatNumber(round(intensity.high))} ${unit}\``;
  const maximum = `\`${formatNumber(highest)} ${unit}\``;
  const subject = subjectOf(dose, drug);
  return {
    ruleId: 'dose-range',
    message: {
      en: `${subject.en} is ${perWeek} per week, above the plausible maximum of ${maximum} per week`,
      sv: `${subject.sv} blir ${perWeek} per vecka, över det rimliga maxvärdet ${maximum} per vecka`,
    },
  };
}

/**
 * `25 mg/m2 dag 1 och 8 var 21:a dag`: a dose given on several days of a cycle, whose total per
 * cycle (50 mg/m2) a range of a single dose per cycle may hold, as product texts allow a cycle's
 * dose to be divided. Null without two or more days of a cycle.
 */
function cycleTotal(dose: CheckedDose): Range | null {
  const days = dose.days?.length ?? 0;
  if (days < 2 || dose.amount === null || dose.intervalDays === null || dose.intervalDays.low <= 1) return null;
  return { low: dose.amount.low * days, high: dose.amount.high * days };
}

// Built only once a problem is found: most doses fit, and `parseDoses` checks every one.
function subjectOf(dose: CheckedDose, drug: DrugEntry): LocalizedText {
  const amount = formatAmountText(dose);
  const interval = dose.intervalDays;
  return {
    en: `Dose \`${amount}\` of \`${drug.name}\`${interval === null ? '' : ` ${describeInterval(interval)}`}`,
    sv: `Dosen \`${amount}\` av \`${drug.name}\`${interval === null ? '' : ` ${describeIntervalSv(interval)}`}`,
  };
}

function describeRange(range: PlausibleRange, describe: (interval: Range) => string): string {
  const amount = `\`${formatAmountText({ amount: range.amount, unit: range.unit })}\``;
  return range.intervalDays === null ? amount : `${amount} ${describe(range.intervalDays)}`;
}

/** `dagligen`, `veckovis`, `var 3:e vecka`, `med 2–3 veckors intervall`, `med 5 dagars intervall`. */
export function describeIntervalSv(interval: Range): string {
  if (interval.low === 1 && interval.high === 1) return 'dagligen';
  if (interval.low === 7 && interval.high === 7) return 'veckovis';
  if (interval.low % 7 === 0 && interval.high % 7 === 0) {
    const weeks = { low: interval.low / 7, high: interval.high / 7 };
    if (weeks.low === weeks.high) return `var ${weeks.low}:${weeks.low === 2 ? 'a' : 'e'} vecka`;
    return `med ${formatRange(weeks)} veckors intervall`;
  }
  return `med ${formatRange(interval)} dagars intervall`;
}

/** `daily`, `weekly`, `every 3 weeks`, `every 2–3 weeks`, `every 5 days`. */
export function describeInterval(interval: Range): string {
  if (interval.low === 1 && interval.high === 1) return 'daily';
  if (interval.low === 7 && interval.high === 7) return 'weekly';
  if (interval.low % 7 === 0 && interval.high % 7 === 0) {
    return `every ${formatRange({ low: interval.low / 7, high: interval.high / 7 })} weeks`;
  }
  return `every ${formatRange(interval)} days`;
}

function contains(outer: Range, inner: Range): boolean {
  return inner.low >= outer.low && inner.high <= outer.high;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
