import type { Source } from '@guideline-as-code/model';
import type { SourceTexts } from '../source-texts.js';
import type { SourceSpan } from '../runtime/source-span.js';
import type { NotStated, Stated } from '../runtime/stated.js';

/** Builds published fields from graph values and the spans that state them. */
export class FieldReader {
  constructor(private readonly texts: SourceTexts) {}

  stated<T>(value: T, source: Source | SourceSpan): Stated<T> {
    return { notStated: false, value, source: 'text' in source ? source : this.texts.span(source) };
  }

  notStated(source: Source | SourceSpan | null | undefined): NotStated {
    return { notStated: true, source: source == null ? null : 'text' in source ? source : this.texts.span(source) };
  }

  /** Stated with its own span when the value is there; else not stated, pointing at the place that says so. */
  field<T>(value: T | null | undefined, source: Source | undefined, fallback: Source): Stated<T> | NotStated {
    if (value === null || value === undefined) return this.notStated(source);
    return this.stated(value, source ?? fallback);
  }
}
