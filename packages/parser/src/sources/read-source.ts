import type { Diagnostic, Source } from '@guideline-as-code/types';
import { validateSource, type SourceFormat, type ValuePath } from '@guideline-as-code/model';
import type { PositionedFile } from './positioned-file.js';

/** The valid part of a source file, and where each of its objects and lists stands in the file. */
export interface ValidSource<T> {
  value: T | undefined;
  /** The span in the file of an object or list of `value`. */
  sourceOf(part: object): Source;
  /** The path in the file of an object or list of `value` (list indexes as in the file). */
  pathOf(part: object): ValuePath;
}

/**
 * Validates a file's value against its format's JSON Schema and returns the part of it that
 * is valid: every value that breaks the schema is reported (at its line and column) and left
 * out, and so is whatever then lacks a required part (a range without its unit, an entry
 * without its ATC fact), until what is left is valid. `value` is undefined when nothing valid
 * is left. Validation uses the precompiled validators, so a later round costs little.
 */
export function readValidSource<T>(format: SourceFormat, file: PositionedFile, diagnostics: Diagnostic[]): ValidSource<T> {
  const origins = new WeakMap<object, ValuePath>();
  recordPaths(file.value, [], origins);
  let value = file.value;
  // Each round leaves out at least one value; the bound only guards against a schema that never settles.
  for (let round = 0; value !== undefined && round < 32; round++) {
    const { diagnostics: found, invalid } = validateSource(format, value, file);
    // Only the first round's findings are the editor's: later rounds follow from leaving values out.
    if (round === 0) diagnostics.push(...found);
    if (invalid.length === 0) break;
    value = withoutPaths(value, invalid, origins);
  }
  const pathOf = (part: object): ValuePath => origins.get(part) ?? [];
  return { value: value as T | undefined, pathOf, sourceOf: (part) => file.sourceAt(pathOf(part)) };
}

/**
 * Validates a file's value and leaves out each value that breaks the schema, once: for files
 * whose reader has a fallback for every field (guideline.yaml).
 */
export function readSourceFields(format: SourceFormat, file: PositionedFile, diagnostics: Diagnostic[]): unknown {
  const { diagnostics: found, invalid } = validateSource(format, file.value, file);
  diagnostics.push(...found);
  return invalid.length === 0 ? file.value : withoutPaths(file.value, invalid, new WeakMap());
}

function recordPaths(value: unknown, path: ValuePath, origins: WeakMap<object, ValuePath>): void {
  if (typeof value !== 'object' || value === null) return;
  origins.set(value, path);
  if (Array.isArray(value)) value.forEach((item, index) => recordPaths(item, [...path, index], origins));
  else for (const [key, item] of Object.entries(value)) recordPaths(item, [...path, key], origins);
}

/** A copy of the value without the values at the paths (the empty path removes everything); copies keep their origin. */
function withoutPaths(value: unknown, paths: readonly ValuePath[], origins: WeakMap<object, ValuePath>): unknown {
  if (paths.some((path) => path.length === 0)) return undefined;
  if (typeof value !== 'object' || value === null) return value;
  const below = new Map<string | number, ValuePath[]>();
  for (const [head, ...rest] of paths) below.set(head!, [...(below.get(head!) ?? []), rest]);
  const keep = (key: string | number, item: unknown): unknown => {
    const inner = below.get(key);
    return inner ? withoutPaths(item, inner, origins) : item;
  };
  const copy: unknown[] | Record<string, unknown> = Array.isArray(value)
    ? value.flatMap((item, index) => {
        const kept = keep(index, item);
        return kept === undefined ? [] : [kept];
      })
    : Object.fromEntries(Object.entries(value).flatMap(([key, item]) => {
        const kept = keep(key, item);
        return kept === undefined ? [] : [[key, kept]];
      }));
  const origin = origins.get(value);
  if (origin) origins.set(copy, origin);
  return copy;
}
