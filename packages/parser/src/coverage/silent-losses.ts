import type { Diagnostic, Source } from '@guideline-as-code/types';
import type { CoverageSpan } from './prose-coverage.js';

/**
 * Prose that no node holds and no finding explains: it was dropped in silence. A finding
 * explains a span when it points at a place that holds the span's start (a heading without a
 * number, a block that is not read). A citation that was left out (`[@:::regimen[…]`) is
 * reported at its first item, after the bracket that opens it: the span's start counts from
 * there. Notes (`info`) explain nothing: they report no loss.
 */
export function silentlyDropped(spans: readonly CoverageSpan[], diagnostics: readonly Diagnostic[]): CoverageSpan[] {
  const inside = (span: CoverageSpan, finding: Source) => {
    const start = span.source.start.offset + (span.text.startsWith('[@') ? 1 : 0);
    return finding.file === span.source.file && finding.start.offset <= start && start < Math.max(finding.end.offset, finding.start.offset + 1);
  };
  return spans.filter((span) => !diagnostics.some((finding) => finding.source !== null && finding.severity !== 'info' && inside(span, finding.source)));
}
