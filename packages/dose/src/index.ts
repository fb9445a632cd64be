export { parseDoses } from './parse-doses.js';
export { SENTENCES_LOOKED_BACK } from './statements/context-drug.js';
export type { ParseDosesOptions, ParseDosesResult } from './parse-doses.js';
export { formatDose, formatInterval } from './format/format-dose.js';
export { formatAmountText } from './format/format-amount.js';
export { formatNumber, formatRange } from './format/format-number.js';
export { intensityPerWeek } from './derive/intensity-per-week.js';
export { doseKindProblem } from './check/dose-kind-problem.js';
export type { DoseProblem } from './check/dose-kind-problem.js';
export { doseRangeProblem, describeInterval, describeIntervalSv } from './check/dose-range-problem.js';
export { drugEntryFromSource, type LexiconPositions } from './lexicon/drug-entry-from-source.js';
export { buildNearNames, type NearName, type NearNames } from './lexicon/near-names.js';
export {
  compileSubstanceIndex, findDrug, substanceById, substanceEntry, substanceRowEntry, type SubstanceIndex, type SubstanceRow,
} from './lexicon/substance-index.js';
export { createWorkCounter } from './scan/work-counter.js';
export type { WorkCounter } from './scan/work-counter.js';
export type {
  DoseDiagnostic,
  DoseKind,
  DoseLink,
  DoseRuleId,
  DoseUnit,
  Duration,
  FractionValue,
  Fractionation,
  OpenRange,
  ParsedDose,
  Range,
  Route,
  SchedulePause,
} from './dose-types.js';
export type {
  AtcFact,
  DoseKindFact,
  DrugEntry,
  DrugLexicon,
  PlausibleRange,
  RegimenEntry,
  UnknownFact,
} from './lexicon/lexicon-types.js';
export { readScheduleWords, type ScheduleWords } from './read-schedule-words.js';
