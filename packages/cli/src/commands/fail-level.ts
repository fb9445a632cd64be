import type { LocalizedText } from '@guideline-as-code/types';
import { cliMessages } from '../messages/cli-messages.js';
import type { Summary } from '../report/summary.js';

/** The least severe finding that fails a check. */
export type FailOn = 'error' | 'warning';

export const failLevels: readonly FailOn[] = ['error', 'warning'];

/**
 * When `check` fails, as in eslint: errors always; warnings with `--fail-on warning`, or when
 * there are more than `--max-warnings`. Acknowledged findings and info never count.
 */
export interface FailPolicy {
  failOn: FailOn;
  maxWarnings?: number;
}

export interface Verdict {
  exitCode: 0 | 1;
  /** Why warnings failed the check (errors speak for themselves in the report). */
  reasons: LocalizedText[];
}

export function verdict(summary: Summary, policy: FailPolicy): Verdict {
  const reasons: LocalizedText[] = [];
  if (policy.failOn === 'warning' && summary.warnings > 0) reasons.push(cliMessages.warningsFail(summary.warnings));
  else if (policy.maxWarnings !== undefined && summary.warnings > policy.maxWarnings) reasons.push(cliMessages.tooManyWarnings(summary.warnings, policy.maxWarnings));
  return { exitCode: summary.errors > 0 || reasons.length > 0 ? 1 : 0, reasons };
}
