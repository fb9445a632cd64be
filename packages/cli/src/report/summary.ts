import type { Diagnostic } from '@guideline-as-code/types';

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
