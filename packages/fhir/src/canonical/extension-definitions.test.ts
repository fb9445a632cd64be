import { expect, test } from 'vitest';
import { validateFhirResource } from '../validate/validate-resource.js';
import { extensionDefinition } from './extension-definitions.js';
import { EXTENSION_SPECS } from './extension-specs.js';
import { OWN_CANONICAL_BASE } from './own.js';

test.each(EXTENSION_SPECS.map((spec) => [spec.id, spec] as const))('the StructureDefinition of %s is valid R4', (_id, spec) => {
  const definition = extensionDefinition(spec, '0.1.0');
  expect(definition.url).toBe(`${OWN_CANONICAL_BASE}/StructureDefinition/${spec.id}`);
  // Our definitions are not themselves guideline content: only the provenance rule applies.
  expect(validateFhirResource(definition).map((issue) => issue.rule)).toEqual(['own-provenance-missing', 'own-provenance-missing']);
});

test('every part of a complex extension is a closed slice with a fixed url and one value type', () => {
  const definition = extensionDefinition(EXTENSION_SPECS.find((spec) => spec.id === 'source-position')!, '0.1.0');
  const ids = definition.differential?.element.map((element) => element.id);
  expect(ids).toContain('Extension.extension:line.value[x]');
  expect(definition.differential?.element.find((element) => element.id === 'Extension.extension:line.url')?.fixedUri).toBe('line');
  expect(definition.differential?.element.find((element) => element.id === 'Extension.value[x]')?.max).toBe('0');
});
