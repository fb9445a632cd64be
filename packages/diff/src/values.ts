/** A field as the diff sees it: its value (null when not stated) and how the source wrote it. */
export interface Shown {
  value: unknown;
  text: string | null;
}

function isStatedLike(field: unknown): field is { notStated: boolean; value?: unknown; text?: string | null } {
  return typeof field === 'object' && field !== null && 'notStated' in field && typeof (field as { notStated: unknown }).notStated === 'boolean';
}

/** Reads a node field, plain or `Stated<T>`, without its source span. */
export function shown(field: unknown): Shown {
  if (isStatedLike(field)) return field.notStated ? { value: null, text: null } : { value: field.value ?? null, text: field.text ?? null };
  return { value: field ?? null, text: null };
}

/** A text field, plain or `Stated<string>` (recommendation text is Stated since the content contract), as a string. */
export function plainText(field: unknown): string {
  const { value } = shown(field);
  return typeof value === 'string' ? value : String(value ?? '');
}

/** Whether two field values are the same, whatever their source positions. */
export function sameValue(a: unknown, b: unknown): boolean {
  return stableJson(shown(a).value) === stableJson(shown(b).value);
}

/** JSON with sorted keys and no `source` spans, so that equal values compare equal. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (key, inner: unknown) => {
    if (key === 'source') return undefined;
    if (inner && typeof inner === 'object' && !Array.isArray(inner)) {
      return Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([x], [y]) => x.localeCompare(y)));
    }
    return inner;
  }) ?? 'null';
}

/** A value for a message: the source's own words when known, else a compact rendering. */
export function display(field: unknown): string | null {
  const { value, text } = shown(field);
  if (value === null || value === undefined) return null;
  if (text) return text;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(String).join(', ');
  const range = value as { low?: unknown; high?: unknown };
  if ('low' in range && 'high' in range) return range.low === range.high || range.high === null ? String(range.low) : `${String(range.low)}–${String(range.high)}`;
  return stableJson(value);
}
