// Generates the content packages' runtime types (src/runtime/*-types.ts, package-info.ts) from
// the JSON Schemas in src/schema/, which are the contract. Run by
// `pnpm --filter @guideline-as-code/codegen generate:types` (which builds this package first);
// a test fails when a committed file differs from what this script writes.
import { writeFile } from 'node:fs/promises';
import { generateRuntimeTypes } from '../dist/schema/runtime-types.js';

for (const [file, text] of Object.entries(await generateRuntimeTypes())) {
  await writeFile(new URL(`../src/runtime/${file}`, import.meta.url), text);
}
