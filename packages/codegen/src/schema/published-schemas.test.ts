// The published schemas, bundled from the schema files: they stand alone, and the shared
// definitions and the narrowing next to a `$ref` still reject what they should.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { packageDir } from '../test-support/import-package.js';

const read = (name: string, file: string): unknown => JSON.parse(readFileSync(path.join(packageDir(name), 'dist', file), 'utf8'));

/** The parts of regimens.json and rules.json that the tests below break. */
interface RegimensData {
  package: { guideline: { edition: unknown } };
  regimens: { name: { value: unknown }; source: { start: Record<string, unknown> } }[];
}
interface RulesData {
  rules: { condition: unknown }[];
}

function errorsOf(name: string, data: unknown): string[] {
  // Strict, also about types (a schema that ajv would only warn about fails here); union types
  // such as ["string", "null"] are standard JSON Schema, which ajv's strict mode asks to allow.
  const ajv = new Ajv2020({ strict: true, strictTypes: true, allowUnionTypes: true, allErrors: true });
  const validate = ajv.compile(read(name, `${name}.schema.json`) as Record<string, unknown>);
  validate(data);
  return (validate.errors ?? []).map((error) => `${error.instancePath} ${error.keyword}`);
}

describe('published content schemas', () => {
  it.each(['regimens', 'references', 'rules'])('%s.schema.json stands alone: no $ref to another file, no tsType', (name) => {
    const text = JSON.stringify(read(name, `${name}.schema.json`));
    expect(text).not.toMatch(/"\$ref":"[^#]/);
    expect(text).not.toContain('tsType');
  });

  it('rejects a stated value of the wrong type, an unknown property of a shared shape, and a malformed package info', () => {
    const data = read('regimens', 'regimens.json') as RegimensData;
    expect(errorsOf('regimens', data)).toEqual([]);
    const first = data.regimens[0]!;
    first.name.value = 42;
    first.source.start['extra'] = 1;
    data.package.guideline.edition = 5;
    const errors = errorsOf('regimens', data);
    expect(errors).toContain('/regimens/0/name/value type');
    expect(errors).toContain('/regimens/0/source/start additionalProperties');
    expect(errors).toContain('/package/guideline/edition type');
  });

  it('checks a rule condition against the graph schema’s condition definition', () => {
    const data = read('rules', 'rules.json') as RulesData;
    expect(errorsOf('rules', data)).toEqual([]);
    data.rules[0]!.condition = { op: 'maybe' };
    expect(errorsOf('rules', data).some((error) => error.startsWith('/rules/0/condition'))).toBe(true);
  });
});
