import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Bundle, Extension, Resource } from '@medplum/fhirtypes';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadR4Definitions } from './base/load-definitions.js';
import { validateFhirResource } from './validate-resource.js';

const VALID = join(import.meta.dirname, '..', '__fixtures__', 'valid');

function readSamples(): Map<string, Resource> {
  return new Map(readdirSync(VALID).filter((name) => name.endsWith('.json')).map((name) => [name, JSON.parse(readFileSync(join(VALID, name), 'utf8')) as Resource]));
}

beforeAll(() => {
  loadR4Definitions();
});

describe('hand-written samples', () => {
  const samples = readSamples();

  test.each([...samples.keys()])('%s has no error and no warning', (name) => {
    expect(validateFhirResource(samples.get(name)!)).toEqual([]);
  });

  test('the Bundle of every sample is valid, and its canonicals resolve', () => {
    const bundle: Bundle = {
      resourceType: 'Bundle',
      type: 'collection',
      meta: { extension: [(samples.get('recommendation.json') as { extension: Extension[] }).extension[1]!] },
      entry: [...samples.values()].map((resource) => ({ fullUrl: `urn:uuid:${resource.id ?? ''}`, resource })),
    };
    expect(validateFhirResource(bundle)).toEqual([]);
  });

  test('a sample from the R4 base that claims none of our profiles still needs provenance', () => {
    const issues = validateFhirResource({ resourceType: 'ResearchStudy', status: 'completed' });
    expect(issues.map((issue) => issue.rule)).toEqual(['own-provenance-missing', 'own-provenance-missing']);
  });

  test('loading the R4 definitions is measured', () => {
    expect(loadR4Definitions().loadMilliseconds).toBeGreaterThan(0);
  });
});
