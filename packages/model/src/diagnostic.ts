import type { Source } from './graph-types.generated.js';

/** How serious a finding is; `off` exists only in configuration, never on a diagnostic. */
export type Severity = 'error' | 'warning' | 'info';

/** A text in the languages the tool speaks: editors read Swedish, reviewers often English. */
export interface LocalizedText {
  sv: string;
  en: string;
}

/** Another place that a finding points at, e.g. the other statement of the same dose. */
export interface RelatedPlace {
  source: Source;
  message?: LocalizedText;
}

/** Why a finding is acknowledged: the `guideline-ignore` comment in the source. */
export interface Suppression {
  reason: string;
  source: Source;
}

/**
 * One finding about the guideline sources: what was found, where, and by which rule.
 * Content problems are always diagnostics, never exceptions.
 */
export interface Diagnostic {
  /** Stable rule id, e.g. `dose-range` or `schema:required`. */
  ruleId: string;
  severity: Severity;
  message: LocalizedText;
  /** Where the finding is; null only when the input has no position at all. */
  source: Source | null;
  related?: RelatedPlace[];
  /** How to fix it, in a sentence. */
  fix?: LocalizedText;
  /** Present when an editor acknowledged the finding in the source. */
  suppressed?: Suppression;
}

/** A source span for a whole file, used when a problem has no finer position (e.g. undecodable bytes). */
export function wholeFile(file: string): Source {
  return { file, start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
}

/** Same text in both languages, for values such as ids and numbers that need no translation. */
export function sameInBoth(text: string): LocalizedText {
  return { sv: text, en: text };
}
