// The generated packages as published files: JSON valid against the schemas they ship, and
// package.json, exports and files that publint finds nothing wrong with.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { publint } from 'publint';
import { describe, expect, it } from 'vitest';
import { packageDir } from '../test-support/import-package.js';

const read = (name: string, file: string) => JSON.parse(readFileSync(path.join(packageDir(name), 'dist', file), 'utf8')) as Record<string, unknown>;

/** Toolchain packages that the content packages (and so their consumers) install. */
const toolchainPackages = ['dose-calculator', 'conditions'].map((name) => fileURLToPath(new URL(`../../../${name}`, import.meta.url)));

describe('generated JSON', () => {
  it.each([
    ['regimens', 'regimens.json', 'regimens.schema.json'],
    ['references', 'references.json', 'references.schema.json'],
    ['knowledge-graph', 'graph.json', 'graph.schema.json'],
    ['rules', 'rules.json', 'rules.schema.json'],
  ])('%s: %s is valid against %s', (name, data, schema) => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const validate = ajv.compile(read(name, schema));
    validate(read(name, data));
    expect(validate.errors ?? []).toEqual([]);
  });
});

describe('publint', () => {
  it.each(['fhir', 'knowledge-graph', 'references', 'regimens', 'rules'])('finds nothing wrong with the %s package', async (name) => {
    const { messages } = await publint({ pkgDir: packageDir(name), level: 'suggestion', strict: true });
    expect(messages).toEqual([]);
  });

  it.each(toolchainPackages)('finds nothing wrong with the toolchain package %s', async (dir) => {
    const { messages } = await publint({ pkgDir: dir, level: 'suggestion', strict: true });
    expect(messages).toEqual([]);
  });
});
