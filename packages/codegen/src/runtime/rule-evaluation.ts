import type { DecisionRule } from './rule-types.js';

/** A rule whose condition could not be decided, and the facts it still needs. */
export interface UndeterminedRule<R extends DecisionRule = DecisionRule> {
  readonly rule: R;
  readonly missingFacts: readonly string[];
}

/** The outcome of the rules for one patient. */
export interface RuleEvaluation<R extends DecisionRule = DecisionRule> {
  /** Rules whose condition holds: their recommendations apply. */
  readonly applicable: readonly R[];
  /** Rules that depend on a fact not given: ask for it before deciding. */
  readonly undetermined: readonly UndeterminedRule<R>[];
}
