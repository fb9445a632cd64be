export type { Point, Source } from './source.js';
export { LineIndex, formatSource, wholeFile } from './source.js';
export type { Derived, Field, NotStated, Stated } from './stated.js';
export { statedValue } from './stated.js';
export type { LocalizedText } from './localized-text.js';
export { sameInBoth } from './localized-text.js';
export type { Diagnostic, RelatedPlace, Severity, Suppression } from './diagnostic.js';
