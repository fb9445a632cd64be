import type { DoseStatementNode } from '@guideline-as-code/model';
import type { ComponentValues } from './component-values.js';

/** What a dose statement and a regimen row have in common: the values that can disagree. */
export type DoseValues = Pick<DoseStatementNode, 'amount' | 'unit' | 'doseKind' | 'intervalDays' | 'cycles' | 'maxDuration' | 'fractionation'> &
  Partial<Pick<DoseStatementNode, 'intensityPerWeek' | 'timesPerDay'>>;

export type DoseField = 'amount' | 'interval' | 'cycles' | 'maxDuration' | 'fractionation';

type Range = { low: number | null; high: number | null };

const same = (a: Range | null, b: Range | null) => a === null || b === null || (a.low === b.low && a.high === b.high);
const ONCE = { low: 1, high: 1 };

/**
 * `8 mg dagligen` and `8 mg två gånger dagligen`: the same interval given a different number of
 * times a day. Compared only between two statements that both have the field (a regimen row
 * has none) and both state an interval; an unwritten count is once.
 */
function timesApart(a: DoseValues, b: DoseValues): boolean {
  if (a.timesPerDay === undefined || b.timesPerDay === undefined || a.intervalDays === null || b.intervalDays === null) return false;
  const x = a.timesPerDay ?? ONCE;
  const y = b.timesPerDay ?? ONCE;
  return x.low !== y.low || x.high !== y.high;
}

/** How many fields both state with the same value: a tie-breaker between equally different rows. */
export function agreeingFields(a: DoseValues, b: DoseValues): number {
  const both = (x: Range | null, y: Range | null) => x !== null && y !== null && x.low === y.low && x.high === y.high;
  return [
    both(a.amount, b.amount) && a.unit === b.unit,
    both(a.intervalDays, b.intervalDays),
    both(a.cycles, b.cycles),
    both(a.fractionation?.fractions ?? null, b.fractionation?.fractions ?? null),
  ].filter(Boolean).length;
}

/** Fields that both state and that differ, in the order a reader checks them. */
export function differingFields(a: DoseValues, b: DoseValues): DoseField[] {
  const fields: DoseField[] = [];
  if (a.amount && b.amount && (a.unit !== b.unit || !same(a.amount, b.amount))) fields.push('amount');
  if (!same(a.intervalDays, b.intervalDays) || timesApart(a, b)) fields.push('interval');
  if (!same(a.cycles, b.cycles)) fields.push('cycles');
  if (a.maxDuration && b.maxDuration && a.maxDuration.days !== b.maxDuration.days) fields.push('maxDuration');
  if (a.fractionation && b.fractionation && !sameFractionation(a, b)) fields.push('fractionation');
  return fields;
}

function sameFractionation(a: DoseValues, b: DoseValues): boolean {
  const x = a.fractionation!;
  const y = b.fractionation!;
  const stated = <T extends { derived: boolean }>(v: T | null): T | null => (v && !v.derived ? v : null);
  return same(stated(x.dosePerFraction), stated(y.dosePerFraction)) && same(stated(x.fractions), stated(y.fractions)) && same(stated(x.total), stated(y.total));
}

/**
 * Whether two doses contradict each other as the same treatment: amounts that do not overlap
 * or intervals that differ, unless both give the same dose per week (pembrolizumab 200 mg
 * every 3 weeks is 400 mg every 6 weeks).
 */
export function contradicts(a: DoseValues, b: DoseValues): boolean {
  const amountsApart = a.amount !== null && b.amount !== null && (a.unit !== b.unit || a.amount.high < b.amount.low || b.amount.high < a.amount.low);
  const intervalsApart = (a.intervalDays !== null && b.intervalDays !== null && !same(a.intervalDays, b.intervalDays)) || timesApart(a, b);
  if (!amountsApart && !intervalsApart) return false;
  const x = a.intensityPerWeek;
  const y = b.intensityPerWeek;
  const sameIntensity = x && y && a.unit === b.unit && Math.abs(x.low - y.low) < 1e-9 && Math.abs(x.high - y.high) < 1e-9;
  return !sameIntensity;
}

/** A regimen row is compared with statements of its drug (or, for radiotherapy, with radiation doses). */
export function sameSubstance(statement: DoseStatementNode, component: ComponentValues): boolean {
  if (statement.drug !== component.drug) return false;
  return statement.doseKind === null || component.doseKind === null || statement.doseKind === component.doseKind;
}
