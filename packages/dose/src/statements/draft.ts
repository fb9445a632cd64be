import type { ParsedDose } from '../dose-types.js';
import { completeFractionation } from '../derive/complete-fractionation.js';
import { intensityPerWeek } from '../derive/intensity-per-week.js';
import type { StatedFractionation } from '../grammar/read-radiation.js';
import type { DrugEntry } from '../lexicon/lexicon-types.js';
import type { TokenStream } from '../grammar/token-stream.js';

/** A statement while it is being assembled: fields still change as modifiers attach. */
export interface Draft {
  dose: ParsedDose;
  /** Token span `[first, next)` of everything attached so far. */
  first: number;
  next: number;
  /** Token span of the amount, where amount diagnostics point. */
  amountFirst: number;
  amountNext: number;
  sentence: number;
  drugEntry: DrugEntry | null;
  stated: StatedFractionation | null;
}

export function emptyDose(): ParsedDose {
  return {
    drug: null,
    drugText: null,
    drugInherited: false,
    drugFromHeading: null,
    drugFromSentence: null,
    regimen: null,
    regimenText: null,
    amount: null,
    unit: null,
    doseKind: null,
    intervalDays: null,
    days: null,
    cycleLengthDays: null,
    timesPerDay: null,
    pause: null,
    cycles: null,
    maxSingleDose: null,
    cumulativeMaxDose: null,
    phaseKind: null,
    drugRole: null,
    phase: 1,
    phaseCount: 1,
    maxDuration: null,
    route: null,
    fractionation: null,
    intensityPerWeek: null,
    link: null,
    text: '',
    start: 0,
    end: 0,
  };
}

/** Widens the draft to include tokens up to (not including) `next`. */
export function extendDraft(draft: Draft, next: number): void {
  if (next > draft.next) draft.next = next;
}

/** Fills the derived fields and the source slice once nothing more can attach. */
export function finishDraft(draft: Draft, stream: TokenStream, text: string): ParsedDose {
  const dose = draft.dose;
  if (draft.stated !== null) {
    dose.fractionation = completeFractionation(draft.stated);
    const perFraction = dose.fractionation.dosePerFraction;
    dose.amount = perFraction === null ? null : { low: perFraction.low, high: perFraction.high };
  }
  dose.intensityPerWeek = intensityPerWeek(dose);
  dose.start = stream.startOf(draft.first);
  dose.end = stream.endOf(draft.next - 1);
  dose.text = text.slice(dose.start, dose.end);
  return dose;
}

/** Numbers the phases of each `… följt av …` chain and tells every member the chain length. */
export function numberPhases(drafts: readonly Draft[]): void {
  let chainStart = 0;
  for (let i = 0; i <= drafts.length; i++) {
    const draft = drafts[i];
    const previous = drafts[i - 1];
    const continues =
      draft !== undefined &&
      previous !== undefined &&
      draft.dose.link === 'then' &&
      draft.sentence === previous.sentence &&
      draft.dose.drug !== null &&
      draft.dose.drug === previous.dose.drug &&
      draft.dose.amount !== null;
    if (continues) {
      draft.dose.phase = previous.dose.phase + 1;
      continue;
    }
    const count = i - chainStart;
    for (let j = chainStart; j < i; j++) {
      const member = drafts[j];
      if (member !== undefined) member.dose.phaseCount = count;
    }
    chainStart = i;
  }
}

/** Whether a schedule was read for the statement: an interval, days of a cycle, times a day, cycles or a cycle length. */
export function hasSchedule(draft: Draft): boolean {
  const dose = draft.dose;
  return dose.intervalDays !== null || dose.days !== null || dose.timesPerDay !== null || dose.cycles !== null || dose.cycleLengthDays !== null;
}
