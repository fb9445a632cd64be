export type * from './graph-types.generated.js';
export { GraphIndex, type EdgeDirection, type NeighbourQuery } from './graph-index.js';
export { validateGraph, validateNodes } from './validate.js';
export { graphSchema } from './schema.js';
export type * from './source-types.generated.js';
export { validateSource, type SourceLocator, type SourceValidation } from './sources/validate-source.js';
export { sourceSchemas, type SourceFormat } from './sources/source-schemas.js';
export { instancePathKeys, valueAt, type ValuePath } from './instance-path.js';
