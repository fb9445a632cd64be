import type { Source } from '@guideline-as-code/types';

/** `path:line:column`, the form editors and terminals turn into a link. */
export function location(source: Source | null): string {
  if (!source) return '(no position)';
  return `${source.file}:${source.start.line}:${source.start.column}`;
}
