import type { Source } from '@guideline-as-code/model';
import type { NotStated, Stated } from '@guideline-as-code/types';

/**
 * A value with the span that states it and that span's exact text, made where the value is
 * read: `fileText` is the whole file the span points into, so nothing downstream has to
 * read the source again to show or check the value.
 */
export function statedAt<T>(value: T, source: Source, fileText: string): Stated<T> {
  return { notStated: false, value, source, text: fileText.slice(source.start.offset, source.end.offset) };
}

/** Not stated: at the place that says so (a cell reading `ej angivet`), or nowhere (null). */
export function notStatedAt(source: Source | null, fileText: string): NotStated {
  return { notStated: true, source, text: source === null ? null : fileText.slice(source.start.offset, source.end.offset) };
}

/** Silence: the text does not state the value anywhere. */
export const silent: NotStated = Object.freeze({ notStated: true, source: null, text: null });
