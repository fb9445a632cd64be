import type { Diagnostic, Source } from '@guideline-as-code/types';
import { ruleDocumentationUrl } from '@guideline-as-code/checks';
import type { Language } from './language.js';
import { summarize } from './summary.js';

/** Version of the `--format json` output; bumped only on breaking changes (see docs/check-output.md). */
export const jsonReportVersion = 1;

interface JsonPosition {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** The stable machine-readable report, documented in docs/check-output.md. */
export function formatJson(diagnostics: readonly Diagnostic[], language: Language): string {
  const report = {
    version: jsonReportVersion,
    language,
    summary: summarize(diagnostics),
    diagnostics: diagnostics.map((diagnostic) => ({
      ruleId: diagnostic.ruleId,
      severity: diagnostic.severity,
      message: diagnostic.message[language],
      messages: diagnostic.message,
      ...positionOf(diagnostic.source),
      related: (diagnostic.related ?? []).map((related) => ({
        ...positionOf(related.source),
        message: related.message?.[language] ?? null,
      })),
      fix: diagnostic.fix?.[language] ?? null,
      suppressed: diagnostic.suppressed ? { reason: diagnostic.suppressed.reason, ...positionOf(diagnostic.suppressed.source) } : null,
      url: ruleDocumentationUrl(diagnostic.ruleId),
    })),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

function positionOf(source: Source | null): JsonPosition | { file: null; line: null; column: null; endLine: null; endColumn: null } {
  if (!source) return { file: null, line: null, column: null, endLine: null, endColumn: null };
  return { file: source.file, line: source.start.line, column: source.start.column, endLine: source.end.line, endColumn: source.end.column };
}
