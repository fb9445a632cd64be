/** A JSON Schema (or any part of one) as plain JSON. */
export type JsonSchema = { readonly [keyword: string]: unknown };

/** Other schema documents that `$ref`s may name by file, e.g. `shared.schema.json`. */
export type SchemaDocuments = Readonly<Record<string, JsonSchema>>;

/**
 * How a `$ref` into another document is resolved:
 * - `copy`: the definition is copied into the schema's own `$defs` (with what it refers to),
 *   so that the published schema stands alone;
 * - `types`: a reference that names a TypeScript type (`tsType` next to it or on its target)
 *   becomes that type, so that the generated types import the shared shapes instead of
 *   declaring look-alikes; any other is copied.
 */
export type BundleMode = 'copy' | 'types';

const localPrefix = '#/$defs/';

/**
 * The schema with every `$ref` of the form `<file>#/$defs/<name>` resolved against
 * `documents` as `mode` says. Throws on a reference to a document or definition that does not
 * exist, or on two definitions with one name: the schema files are this package's code.
 */
export function bundleSchema(schema: JsonSchema, documents: SchemaDocuments, mode: BundleMode): JsonSchema {
  const definitions = new Map<string, unknown>();
  const origins = new Map<string, string>();
  const include = (file: string, name: string): void => {
    const origin = origins.get(name);
    if (origin === file) return;
    if (origin !== undefined || (schema['$defs'] as JsonSchema | undefined)?.[name] !== undefined) {
      throw new Error(`Two schema definitions are named ${name} (${origin ?? 'the schema itself'} and ${file}).`);
    }
    origins.set(name, file);
    definitions.set(name, rewrite(definitionOf(documents, file, name), file));
  };
  const rewrite = (value: unknown, file: string | undefined): unknown => {
    if (Array.isArray(value)) return value.map((item) => rewrite(item, file));
    if (value === null || typeof value !== 'object') return value;
    const node = value as JsonSchema;
    const target = typeof node['$ref'] === 'string' ? parseRef(node['$ref'], file) : undefined;
    if (target?.file !== undefined && mode === 'types') {
      const tsType = node['tsType'] ?? definitionOf(documents, target.file, target.name)['tsType'];
      if (typeof tsType === 'string') {
        const { $ref: _ref, ...siblings } = node;
        return rewrite({ ...siblings, tsType }, file);
      }
    }
    const result: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(node)) result[key] = key === '$ref' && target ? localPrefix + target.name : rewrite(item, file);
    if (target?.file !== undefined) include(target.file, target.name);
    return result;
  };
  const root = rewrite(schema, undefined) as Record<string, unknown>;
  if (definitions.size === 0) return root;
  return { ...root, $defs: { ...(root['$defs'] as JsonSchema | undefined), ...Object.fromEntries(definitions) } };
}

/** The file (undefined for this schema) and definition a `$ref` names. */
function parseRef(ref: string, file: string | undefined): { file: string | undefined; name: string } {
  const hash = ref.indexOf('#');
  const refFile = hash === -1 ? ref : ref.slice(0, hash);
  const pointer = hash === -1 ? '' : ref.slice(hash);
  if (!pointer.startsWith(localPrefix) || pointer.slice(localPrefix.length).includes('/')) {
    throw new Error(`Cannot bundle the $ref ${ref}: only <file>#/$defs/<name> and #/$defs/<name> are supported.`);
  }
  return { file: refFile === '' ? file : refFile, name: pointer.slice(localPrefix.length) };
}

function definitionOf(documents: SchemaDocuments, file: string, name: string): JsonSchema {
  const definition = (documents[file]?.['$defs'] as JsonSchema | undefined)?.[name];
  if (definition === undefined || definition === null || typeof definition !== 'object') throw new Error(`No schema definition ${file}#/$defs/${name}.`);
  return definition as JsonSchema;
}

/** The schema without a keyword anywhere in it (e.g. `tsType`, which only the type generator reads). */
export function withoutKeyword(value: unknown, keyword: string): unknown {
  if (Array.isArray(value)) return value.map((item) => withoutKeyword(item, keyword));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== keyword).map(([key, item]) => [key, withoutKeyword(item, keyword)]));
}
