import { findDrug } from '../lexicon/substance-index.js';
import type { Duration, Fractionation, OpenRange, ParsedDose, Range, SchedulePause } from '../dose-types.js';
import type { DrugLexicon } from '../lexicon/lexicon-types.js';
import { formatAmountText } from './format-amount.js';
import { formatNumber, formatRange } from './format-number.js';

/** The normalised fields of a dose; the source words are used only for a drug the lexicon lacks. */
type FormattedDose = Pick<
  ParsedDose,
  'drug' | 'regimen' | 'amount' | 'unit' | 'doseKind' | 'intervalDays' | 'pause' | 'cycles' | 'maxDuration' | 'route' | 'fractionation'
> &
  Partial<Pick<ParsedDose, 'drugText' | 'regimenText' | 'timesPerDay'>>;

/**
 * Writes a dose as canonical Swedish text, e.g. `iv pembrolizumab 200 mg var 3:e vecka i 35
 * cykler` or `4 Gy x 5`, such that `parseDoses` reads back the same normalised values
 * (drug, regimen, amount, unit, kind, interval, times per day, pause, cycles, duration, route, fractionation).
 * The drug is written with its Swedish lexicon name. A pause is written only when it is one
 * week off in a whole number of weeks; phases are not written (they need the phase before).
 */
export function formatDose(dose: FormattedDose, lexicon: DrugLexicon): string {
  if (dose.doseKind === 'radiation' && dose.fractionation !== null) return formatFractionation(dose.fractionation);
  const parts: string[] = [];
  if (dose.route !== null) parts.push(dose.route);
  const name = nameOf(dose, lexicon);
  if (name !== null) parts.push(name);
  const amount = formatAmountText(dose);
  const schedule = [
    dose.intervalDays === null ? '' : formatInterval(dose.intervalDays),
    dose.pause === null ? '' : formatPause(dose.pause),
  ];
  const cycles = dose.cycles === null ? '' : formatCycles(dose.cycles);
  // Without an amount, cycles must come first: a schedule attaches to a statement, and the
  // count of cycles is what starts a statement for a bare drug name.
  if (amount === '') parts.push(cycles, ...schedule);
  else parts.push(amount, formatTimesPerDay(dose.timesPerDay ?? null), ...schedule, cycles);
  if (dose.maxDuration !== null) parts.push(formatMaxDuration(dose.maxDuration));
  return parts.filter((part) => part !== '').join(' ');
}

function nameOf(dose: FormattedDose, lexicon: DrugLexicon): string | null {
  if (dose.drug !== null) return findDrug(lexicon, dose.drug)?.name ?? dose.drugText ?? null;
  if (dose.regimen !== null) return lexicon.regimens.find((regimen) => regimen.id === dose.regimen)?.name ?? dose.regimenText ?? null;
  return dose.drugText ?? null;
}

/** `dagligen`, `veckovis`, `varannan vecka`, `var 3:e vecka`, `2 gånger dagligen`, `med 2–3 veckors intervall`. */
export function formatInterval(interval: Range): string {
  const { low, high } = interval;
  if (low !== high) {
    return low % 7 === 0 && high % 7 === 0
      ? `med ${formatRange({ low: low / 7, high: high / 7 })} veckors intervall`
      : `med ${formatRange(interval)} dagars intervall`;
  }
  if (low === 1) return 'dagligen';
  if (low === 7) return 'veckovis';
  if (low === 14) return 'varannan vecka';
  if (low % 7 === 0) return `var ${ordinal(low / 7)} vecka`;
  if (low < 1 && Number.isInteger(1 / low)) return `${1 / low} gånger dagligen`;
  if (Number.isInteger(low)) return `var ${ordinal(low)} dag`;
  return `med ${formatNumber(low)} dagars intervall`;
}

/** `x 2` (`x 2 dagligen` with the daily interval): times a day, written only when more than once and exact. */
function formatTimesPerDay(times: Range | null): string {
  return times !== null && times.low === times.high && times.low > 1 ? `x ${formatNumber(times.low)}` : '';
}

function formatPause(pause: SchedulePause): string {
  if (pause.offDays !== 7 || pause.periodDays % 7 !== 0) return '';
  return `med paus var ${ordinal(pause.periodDays / 7)} vecka`;
}

/** `i 6 cykler`, `i 6–8 cykler`, `upp till 35 cykler`, `minst 4 cykler`. */
function formatCycles(cycles: OpenRange): string {
  const { low, high } = cycles;
  if (low !== null && high !== null) return `i ${formatRange({ low, high })} cykler`;
  if (high !== null) return `upp till ${formatNumber(high)} cykler`;
  if (low !== null) return `minst ${formatNumber(low)} cykler`;
  return '';
}

const DURATION_WORDS: Record<Duration['unit'], [string, string]> = {
  a: ['år', 'år'],
  mo: ['månad', 'månader'],
  wk: ['vecka', 'veckor'],
  d: ['dag', 'dagar'],
};

function formatMaxDuration(duration: Duration): string {
  const [one, many] = DURATION_WORDS[duration.unit];
  return `maximalt ${formatNumber(duration.value)} ${duration.value === 1 ? one : many}`;
}

/** `4 Gy x 5`, `2 Gy-fraktioner upp till 64–66 Gy`, `20 Gy i 5 fraktioner`, `50 Gy`, `2 Gy per fraktion`. */
function formatFractionation(fractionation: Fractionation): string {
  const stated = (value: Fractionation['total']): Range | null => (value === null || value.derived ? null : value);
  const perFraction = stated(fractionation.dosePerFraction);
  const fractions = stated(fractionation.fractions);
  const total = stated(fractionation.total);
  if (perFraction !== null && fractions !== null) return `${formatRange(perFraction)} Gy x ${formatRange(fractions)}`;
  if (perFraction !== null && total !== null) return `${formatRange(perFraction)} Gy-fraktioner upp till ${formatRange(total)} Gy`;
  if (total !== null && fractions !== null) return `${formatRange(total)} Gy i ${formatRange(fractions)} fraktioner`;
  if (total !== null) return `${formatRange(total)} Gy`;
  if (perFraction !== null) return `${formatRange(perFraction)} Gy per fraktion`;
  return '';
}

/** `3:e`, `2:a` (Swedish ordinal suffixes: `:a` after 1 and 2, `:e` otherwise, but `:e` for 11 and 12). */
function ordinal(value: number): string {
  const lastTwo = value % 100;
  const last = value % 10;
  const suffix = (last === 1 || last === 2) && lastTwo !== 11 && lastTwo !== 12 ? 'a' : 'e';
  return `${value}:${suffix}`;
}
