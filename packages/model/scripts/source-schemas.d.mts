/** The source formats that have a JSON Schema: validator/type name → file under src/schema/sources/. */
export const sourceSchemaFiles: Readonly<Record<string, string>>;
