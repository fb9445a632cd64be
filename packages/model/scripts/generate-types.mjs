// Generates the TypeScript types from the JSON Schemas, which are the contract:
// src/graph-types.generated.ts from the graph schema and src/source-types.generated.ts from
// the source schemas. Run by `pnpm --filter @guideline-as-code/model generate:types`; a test
// fails when a committed file differs from what this script produces.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';
import { sourceSchemaFiles } from './source-schemas.mjs';

const options = { additionalProperties: false, unreachableDefinitions: true, strictIndexSignatures: true, style: { singleQuote: true } };
const readSchema = async (path) => JSON.parse(await readFile(new URL(`../src/schema/${path}`, import.meta.url), 'utf8'));

export async function generateTypes() {
  const graph = await compile(await readSchema('graph.schema.json'), 'KnowledgeGraph', {
    ...options,
    // `tsType` in the schema names the shared shapes of @guideline-as-code/types, so that the
    // graph's Source, Point and Stated values are those types, not look-alikes.
    bannerComment: [
      '/* Generated from src/schema/graph.schema.json by scripts/generate-types.mjs. Do not edit by hand. */',
      "import type { Derived, Field, NotStated, Point as SharedPoint, Source as SharedSource, Stated } from '@guideline-as-code/types';",
    ].join('\n'),
  });
  const sources = [
    '/* Generated from src/schema/sources/*.schema.json by scripts/generate-types.mjs. Do not edit by hand. */',
  ];
  for (const file of Object.values(sourceSchemaFiles)) {
    const schema = await readSchema(`sources/${file}`);
    sources.push(`// ${file}\n\n${await compile(schema, schema.title, { ...options, bannerComment: '' })}`);
  }
  return { 'graph-types.generated.ts': graph, 'source-types.generated.ts': `${sources.join('\n')}` };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [file, text] of Object.entries(await generateTypes())) await writeFile(new URL(`../src/${file}`, import.meta.url), text);
}
