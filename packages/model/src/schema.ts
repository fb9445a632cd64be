import schema from './schema/graph.schema.json' with { type: 'json' };

/** The knowledge-graph JSON Schema (draft 2020-12): the contract published to other languages. */
export const graphSchema: Readonly<Record<string, unknown>> = schema;
