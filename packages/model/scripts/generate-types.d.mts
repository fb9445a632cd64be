/** Generates the TypeScript source of the graph types from the JSON Schema. */
export function generateTypes(): Promise<string>;
