// Generates src/graph-types.generated.ts from the JSON Schema, which is the contract.
// Run by `pnpm --filter @guideline-as-code/model generate:types`; a test fails when the
// committed file differs from what this script produces.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';

const schemaUrl = new URL('../src/schema/graph.schema.json', import.meta.url);
const outUrl = new URL('../src/graph-types.generated.ts', import.meta.url);

export async function generateTypes() {
  const schema = JSON.parse(await readFile(schemaUrl, 'utf8'));
  return compile(schema, 'KnowledgeGraph', {
    // `tsType` in the schema names the shared shapes of @guideline-as-code/types, so that the
    // graph's Source, Point and Stated values are those types, not look-alikes.
    bannerComment: [
      '/* Generated from src/schema/graph.schema.json by scripts/generate-types.mjs. Do not edit by hand. */',
      "import type { Derived, Field, NotStated, Point as SharedPoint, Source as SharedSource, Stated } from '@guideline-as-code/types';",
    ].join('\n'),
    additionalProperties: false,
    unreachableDefinitions: true,
    strictIndexSignatures: true,
    style: { singleQuote: true },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await writeFile(outUrl, await generateTypes());
}
