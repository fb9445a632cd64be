import type { Point } from '@guideline-as-code/types';

/** A `{ line, column, offset }` point, as every source span holds two of. */
function isPoint(value: object): value is Point {
  const point = value as Partial<Point>;
  return typeof point.line === 'number' && typeof point.column === 'number' && typeof point.offset === 'number' && Object.keys(value).length === 3;
}

/** A range of offsets in a file, as a suppression's `covers` is written. */
function isOffsetRange(value: object): value is { file: string; start: number; end: number } {
  const range = value as { file?: unknown; start?: unknown; end?: unknown };
  return typeof range.file === 'string' && typeof range.start === 'number' && typeof range.end === 'number';
}

/**
 * A deep copy of plain data (graph nodes, findings, suppressions) with every position moved:
 * points by `offsetDelta` characters and `lineDelta` lines (columns stay, since whole lines
 * move), offset ranges by `offsetDelta`. For readings of a block kept from where the block
 * stood before lines above it were added or removed.
 */
export function rebasePositions<T>(value: T, offsetDelta: number, lineDelta: number): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((item: unknown) => rebasePositions(item, offsetDelta, lineDelta)) as T;
  if (isPoint(value)) return { line: value.line + lineDelta, column: value.column, offset: value.offset + offsetDelta } as T;
  const copy: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) copy[key] = rebasePositions(field, offsetDelta, lineDelta);
  if (isOffsetRange(value)) {
    copy['start'] = value.start + offsetDelta;
    copy['end'] = value.end + offsetDelta;
  }
  return copy as T;
}

/**
 * Plain data as JSON with every point written relative to `origin` (lines and offsets from
 * it), and maps as their entries: two states that differ only by where the whole block stands
 * give the same text.
 */
export function relativeJson(value: unknown, origin: { offset: number; line: number }): string {
  return JSON.stringify(value, (_key, field: unknown) => {
    if (field instanceof Map) return [...(field as Map<unknown, unknown>)];
    if (typeof field === 'object' && field !== null && !Array.isArray(field)) {
      if (isPoint(field)) return [field.line - origin.line, field.column, field.offset - origin.offset];
      if (isOffsetRange(field)) return { ...field, start: field.start - origin.offset, end: field.end - origin.offset };
    }
    return field;
  });
}
