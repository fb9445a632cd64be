/** Generates the TypeScript sources of the graph and source types from the JSON Schemas, by file name under src/. */
export function generateTypes(): Promise<Record<string, string>>;
