export { parseDoses } from './parse-doses.js';
export type { ParseDosesOptions, ParseDosesResult } from './parse-doses.js';
export { formatDose, formatInterval } from './format/format-dose.js';
export { formatAmountText } from './format/format-amount.js';
export { formatNumber, formatRange } from './format/format-number.js';
export { intensityPerWeek } from './derive/intensity-per-week.js';
export { doseKindProblem } from './check/dose-kind-problem.js';
export type { DoseProblem } from './check/dose-kind-problem.js';
export { doseRangeProblem, describeInterval, describeIntervalSv } from './check/dose-range-problem.js';
export { loadLexicon } from './lexicon/load-lexicon.js';
export type { LexiconFile, LoadedLexicon } from './lexicon/load-lexicon.js';
export { createWorkCounter } from './scan/work-counter.js';
export type { WorkCounter } from './scan/work-counter.js';
export type {
  DoseDiagnostic,
  DoseKind,
  DoseLink,
  DoseMessage,
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
  DrugRole,
  DrugLexicon,
  LexiconDiagnostic,
  LineColumn,
  PlausibleRange,
  RegimenEntry,
  SourceSpan,
  UnknownFact,
} from './lexicon/lexicon-types.js';
export { readScheduleWords, type ScheduleWords } from './read-schedule-words.js';
