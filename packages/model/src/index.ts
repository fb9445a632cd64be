export type * from './graph-types.generated.js';
export type { Derived, Field, NotStated, Stated } from '@guideline-as-code/types';
export { statedValue } from '@guideline-as-code/types';
export type { Diagnostic, LocalizedText, RelatedPlace, Severity, Suppression } from './diagnostic.js';
export { sameInBoth, wholeFile } from './diagnostic.js';
export { GraphIndex, type EdgeDirection, type NeighbourQuery } from './graph-index.js';
export { validateGraph, validateNodes } from './validate.js';
export { graphSchema } from './schema.js';
