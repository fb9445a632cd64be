import { graphSchema } from '@guideline-as-code/model';
import { jsonComment } from '../banner.js';
import { bundleSchema, withoutKeyword, type BundleMode, type JsonSchema } from './bundle-schema.js';
import references from './references.schema.json' with { type: 'json' };
import regimens from './regimens.schema.json' with { type: 'json' };
import rules from './rules.schema.json' with { type: 'json' };
import shared from './shared.schema.json' with { type: 'json' };

/** The schema files of the content packages (in `src/schema/`), by the JSON file each describes. */
export const contentSchemas = {
  regimens: regimens as JsonSchema,
  references: references as JsonSchema,
  rules: rules as JsonSchema,
} as const;

export type ContentSchemaName = keyof typeof contentSchemas;

/** What the schema files' `$ref`s may name: the shared definitions, and the graph's (for conditions). */
export const schemaDocuments = {
  'shared.schema.json': shared as JsonSchema,
  'graph.schema.json': graphSchema,
} as const;

/** A content schema with its references resolved as `mode` says. */
export function bundledSchema(name: ContentSchemaName, mode: BundleMode): JsonSchema {
  return bundleSchema(contentSchemas[name], schemaDocuments, mode);
}

/**
 * `<name>.schema.json` as a package publishes it, for apps in other languages: self-contained
 * (shared definitions copied into `$defs`), with the package's `$id` and the generated-file
 * note, and without `tsType`, which only the type generator reads.
 */
export function publishedSchema(name: ContentSchemaName, packageName: string, origin: string): JsonSchema {
  const { $schema, ...rest } = withoutKeyword(bundledSchema(name, 'copy'), 'tsType') as JsonSchema;
  return { $schema, $id: `${packageName}/${name}.schema.json`, $comment: jsonComment(origin), ...rest };
}
