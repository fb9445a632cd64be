import { compile } from 'json-schema-to-typescript';
import { graphSchema } from '@guideline-as-code/model';
import { moduleOf, type ModuleStructure } from '../../typescript/structures.js';

/**
 * `graph-types.ts`: the graph's TypeScript types, compiled from the JSON Schema that the
 * package also ships, so that the two cannot drift apart (the model package does the same).
 */
export async function graphTypesModule(): Promise<ModuleStructure> {
  // json-schema-to-typescript may annotate the schema object it is given; it gets a copy.
  const schema = structuredClone(graphSchema) as Parameters<typeof compile>[0];
  const text = await compile(schema, 'KnowledgeGraph', {
    bannerComment: "import type { Derived, Field, NotStated, Point as SharedPoint, Source as SharedSource, Stated } from '@guideline-as-code/types';",
    additionalProperties: false,
    unreachableDefinitions: true,
    strictIndexSignatures: true,
    style: { singleQuote: true },
  });
  // The declarations as json-schema-to-typescript writes them: one statement of text.
  return moduleOf([text]);
}
