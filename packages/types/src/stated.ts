import type { Source } from './source.js';

/**
 * A value the guideline states, with the span that states it and that span's exact text, so
 * that nothing downstream (codegen, diff, preview, FHIR) has to read the source again.
 */
export interface Stated<T> {
  readonly notStated: false;
  readonly value: T;
  readonly source: Source;
  /** The source text of the span, exactly as written. */
  readonly text: string;
}

/**
 * A value the guideline does not state. `source` and `text` are the place that says so where
 * there is one (a table cell reading "ej angivet"), and null where the text is simply silent.
 * Nothing is ever filled in from elsewhere.
 */
export interface NotStated {
  readonly notStated: true;
  readonly source: Source | null;
  readonly text: string | null;
}

/**
 * A value the guideline does not state but that follows arithmetically from values it does
 * state (e.g. 32–33 fractions from "2 Gy-fraktioner upp till 64–66 Gy"). Still `notStated`,
 * so code that reads only stated values skips it; `derived` and `derivation` say how it was
 * computed, and `source` is the text of the values it was computed from.
 */
export interface Derived<T> {
  readonly notStated: true;
  readonly derived: T;
  readonly derivation: string;
  readonly source: Source;
  readonly text: string;
}

/** A published field: stated by the text, or explicitly not stated. */
export type Field<T> = Stated<T> | NotStated;

/** The field's value when the text states it, else undefined. */
export function statedValue<T>(field: Stated<T> | NotStated | Derived<T>): T | undefined {
  return field.notStated ? undefined : field.value;
}
