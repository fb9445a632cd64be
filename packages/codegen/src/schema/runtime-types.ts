import { compile } from 'json-schema-to-typescript';
import { bundledSchema, schemaDocuments, type ContentSchemaName } from './content-schemas.js';
import { withoutKeyword, type JsonSchema } from './bundle-schema.js';
import { readonlyTypes } from './readonly-types.js';

/** A runtime types module: the schema it is generated from and the shared types it names. */
interface RuntimeTypesModule {
  readonly schema: ContentSchemaName | 'package-info';
  readonly imports: readonly string[];
}

/** The modules of `src/runtime/` that are generated from `src/schema/`, by file name. */
export const runtimeTypesModules: Readonly<Record<string, RuntimeTypesModule>> = {
  'package-info.ts': { schema: 'package-info', imports: [] },
  'reference-types.ts': {
    schema: 'references',
    imports: ["import type { Field, Source, Stated } from '@guideline-as-code/types';", "import type { ContentPackageInfo } from './package-info.js';"],
  },
  'regimen-types.ts': {
    schema: 'regimens',
    imports: [
      "import type { Derived, Field, NotStated, Source, Stated } from '@guideline-as-code/types';",
      "import type { ContentPackageInfo } from './package-info.js';",
    ],
  },
  'rule-types.ts': {
    schema: 'rules',
    imports: [
      "import type { Condition, FactValue } from '@guideline-as-code/conditions';",
      "import type { Field, Source, Stated } from '@guideline-as-code/types';",
      "import type { ContentPackageInfo } from './package-info.js';",
    ],
  },
};

const options = { additionalProperties: false, unreachableDefinitions: true, strictIndexSignatures: true, style: { singleQuote: true } } as const;

/**
 * The text of every generated runtime types module, as `scripts/generate-types.mjs` writes it
 * and a test compares with the committed files. Properties and arrays are readonly, shared
 * shapes (`Source`, `Stated<T>`, …) are the types of @guideline-as-code/types by `tsType`.
 */
export async function generateRuntimeTypes(): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const [file, module] of Object.entries(runtimeTypesModules)) {
    const schema = module.schema === 'package-info' ? packageInfoSchema() : bundledSchema(module.schema, 'types');
    const from = module.schema === 'package-info' ? 'shared.schema.json#/$defs/packageInfo' : `${module.schema}.schema.json`;
    const bannerComment = [`/* Generated from src/schema/${from} by scripts/generate-types.mjs. Do not edit by hand. */`, ...module.imports].join('\n');
    // json-schema-to-typescript may annotate the schema object it is given; it gets a copy.
    const text = await compile(structuredClone(schema) as Parameters<typeof compile>[0], String(schema['title']), { ...options, bannerComment });
    result[file] = readonlyTypes(text);
  }
  return result;
}

/** The package info, which every package schema shares: its shared definitions as a schema of their own. */
function packageInfoSchema(): JsonSchema {
  const definitions = schemaDocuments['shared.schema.json']['$defs'] as JsonSchema;
  const guidelineInfo = withoutKeyword(definitions['guidelineInfo'], 'tsType');
  return { ...(withoutKeyword(definitions['packageInfo'], 'tsType') as JsonSchema), $defs: { guidelineInfo } };
}
