import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { generateRuntimeTypes, runtimeTypesModules } from './runtime-types.js';

describe('runtime types generated from the schema files', () => {
  it('keeps the committed TypeScript types in lock-step with the JSON Schemas', async () => {
    const generated = await generateRuntimeTypes();
    expect(Object.keys(generated)).toEqual(Object.keys(runtimeTypesModules));
    for (const [file, text] of Object.entries(generated)) {
      const committed = await readFile(new URL(`../runtime/${file}`, import.meta.url), 'utf8');
      expect(text, `src/runtime/${file}: run \`pnpm --filter @guideline-as-code/codegen generate:types\``).toBe(committed);
    }
  });

  it('names the shared shapes of @guideline-as-code/types instead of declaring look-alikes', async () => {
    const regimenTypes = (await generateRuntimeTypes())['regimen-types.ts']!;
    expect(regimenTypes).toContain("from '@guideline-as-code/types'");
    expect(regimenTypes).toContain('readonly dose: Field<DrugDose>;');
    expect(regimenTypes).toContain('readonly source: Source;');
    expect(regimenTypes).not.toMatch(/interface (Source|SourceSpan|Point|StatedValue)\b/);
    expect(regimenTypes).not.toMatch(/^\s+(?!readonly )[\w$'-]+\??: /m);
  });
});
