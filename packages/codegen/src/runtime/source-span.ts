/**
 * Where a published value comes from: a span of a guideline source file and the exact text
 * written there. Lines and columns are 1-based; the end is exclusive (the column after the
 * last character), as in unist and the knowledge graph. `text` is the span's text, so an app
 * can show it without the source files, in any language (no UTF-16 offsets to slice by).
 */
export interface SourceSpan {
  /** Path relative to the repository root, with forward slashes. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** The source text of the span, exactly as written. */
  readonly text: string;
}

/** `file:line:column`, the form editors and terminals turn into a link. */
export function formatSourceSpan(span: SourceSpan): string {
  return `${span.file}:${span.line}:${span.column}`;
}
