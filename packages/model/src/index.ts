export type * from './graph-types.generated.js';
export { GraphIndex } from './graph-index.js';
export { validateGraph, validateNodes } from './validate.js';
export { graphSchema } from './schema.js';
