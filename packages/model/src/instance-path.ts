/** A path of keys and list indexes into a value, e.g. `['ranges', 0, 'unit']`. */
export type ValuePath = readonly (string | number)[];

/**
 * The keys of an ajv `instancePath` (a JSON pointer such as `/ranges/0/unit`), read against
 * the data it points into: a segment is a list index only where the data there is a list, so
 * that a mapping key such as `"60"` stays a text. The one pointer decoder of the toolchain.
 */
export function instancePathKeys(pointer: string, data: unknown): (string | number)[] {
  if (pointer === '') return [];
  const keys: (string | number)[] = [];
  let at: unknown = data;
  for (const segment of pointer.slice(1).split('/')) {
    const key = segment.replaceAll('~1', '/').replaceAll('~0', '~');
    const index = Array.isArray(at) && /^\d+$/.test(key) ? Number(key) : key;
    keys.push(index);
    at = typeof at === 'object' && at !== null ? (at as Record<string | number, unknown>)[index] : undefined;
  }
  return keys;
}

/** The value at a path, or undefined where the path leads nowhere. */
export function valueAt(data: unknown, path: ValuePath): unknown {
  let at = data;
  for (const key of path) at = typeof at === 'object' && at !== null ? (at as Record<string | number, unknown>)[key] : undefined;
  return at;
}
