import type { LocalizedText } from './localized-text.js';
import type { FindingId } from './findings/registry.js';
import type { Source } from './source.js';

/** How serious a finding is; `off` exists only in configuration, never on a diagnostic. */
export type Severity = 'error' | 'warning' | 'info';

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
  /** Stable finding id from the registry, e.g. `dose-range` or `schema:required`. */
  ruleId: FindingId;
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
