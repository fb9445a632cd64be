import type { Diagnostic } from '@guideline-as-code/types';
import { projectTextReader } from './fingerprint.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import type { Language } from './language.js';
import { formatPretty } from './pretty.js';
import { formatSarif } from './sarif.js';

import type { ReportFormat } from './report-format.js';

export { reportFormats, type ReportFormat } from './report-format.js';

export interface ReportOptions {
  format: ReportFormat;
  language: Language;
  version: string;
}

/** How the run went, which some formats say: the exit code, and whether a job summary was written. */
export interface RunOutcome {
  root: string;
  exitCode: number;
  jobSummary: boolean;
}

export function formatReport(diagnostics: readonly Diagnostic[], options: ReportOptions, outcome: RunOutcome): string {
  switch (options.format) {
    case 'json':
      return formatJson(diagnostics, options.language);
    case 'github':
      return formatGithub(diagnostics, options.language, { jobSummary: outcome.jobSummary });
    case 'sarif':
      return formatSarif(diagnostics, options.language, { toolVersion: options.version, root: outcome.root, exitCode: outcome.exitCode, textOf: projectTextReader(outcome.root) });
    default:
      return formatPretty(diagnostics, options.language, outcome.exitCode !== 0);
  }
}
