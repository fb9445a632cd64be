import type { Diagnostic } from '@guideline-as-code/types';
import { count, type Language, nouns, say, words } from './language.js';

export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
  /** Findings that editors acknowledged in the source; never counted as errors. */
  acknowledged: number;
}

export function summarize(diagnostics: readonly Diagnostic[]): Summary {
  const summary: Summary = { errors: 0, warnings: 0, infos: 0, acknowledged: 0 };
  for (const diagnostic of diagnostics) {
    if (diagnostic.suppressed) summary.acknowledged++;
    else if (diagnostic.severity === 'error') summary.errors++;
    else if (diagnostic.severity === 'warning') summary.warnings++;
    else summary.infos++;
  }
  return summary;
}

/** `0 fel, 9 varningar, 2 godtagna` (info only when there is some). */
export function describeCounts(summary: Summary, language: Language): string {
  return [
    count(summary.errors, nouns.error, language),
    count(summary.warnings, nouns.warning, language),
    ...(summary.infos > 0 ? [count(summary.infos, nouns.info, language)] : []),
    count(summary.acknowledged, nouns.acknowledged, language),
  ].join(', ');
}

/** The closing line of a check: ✖ when the check fails (errors, or warnings past the limit), else ✔. */
export function summaryLine(summary: Summary, failed: boolean, language: Language): string {
  const total = summary.errors + summary.warnings + summary.infos + summary.acknowledged;
  if (total === 0 && !failed) return say(words.noFindings, language);
  return `${failed ? '✖' : '✔'} ${describeCounts(summary, language)}`;
}
