import type { ElementDefinition, StructureDefinition } from '@medplum/fhirtypes';
import type { ExtensionPart, ExtensionSpec } from './extension-specs.js';

const EXTENSION_BASE = 'http://hl7.org/fhir/StructureDefinition/Extension';

/**
 * The StructureDefinition (differential only) of one of our extensions, for the FHIR package.
 * A validator that needs a snapshot generates it from the differential and the R4 Extension.
 */
export function extensionDefinition(spec: ExtensionSpec, version: string): StructureDefinition {
  return {
    resourceType: 'StructureDefinition',
    id: spec.id,
    url: spec.url,
    version,
    name: spec.title.replace(/[^A-Za-z0-9]/g, ''),
    title: spec.title,
    status: 'draft',
    description: spec.description,
    fhirVersion: '4.0.1',
    kind: 'complex-type',
    abstract: false,
    context: spec.contexts.map((expression) => ({ type: 'element', expression })),
    type: 'Extension',
    baseDefinition: EXTENSION_BASE,
    derivation: 'constraint',
    differential: { element: spec.parts ? complexElements(spec, spec.parts) : simpleElements(spec) },
  };
}

function simpleElements(spec: ExtensionSpec): ElementDefinition[] {
  return [
    { id: 'Extension', path: 'Extension', short: spec.title, definition: spec.description },
    { id: 'Extension.extension', path: 'Extension.extension', max: '0' },
    { id: 'Extension.url', path: 'Extension.url', fixedUri: spec.url },
    { id: 'Extension.value[x]', path: 'Extension.value[x]', min: 1, type: [{ code: spec.value?.type ?? 'string' }] },
  ];
}

function complexElements(spec: ExtensionSpec, parts: readonly ExtensionPart[]): ElementDefinition[] {
  const elements: ElementDefinition[] = [
    { id: 'Extension', path: 'Extension', short: spec.title, definition: spec.description },
    {
      id: 'Extension.extension',
      path: 'Extension.extension',
      slicing: { discriminator: [{ type: 'value', path: 'url' }], rules: 'closed' },
    },
  ];
  for (const part of parts) {
    const slice = `Extension.extension:${part.name}`;
    elements.push(
      { id: slice, path: 'Extension.extension', sliceName: part.name, min: part.min, max: '1', definition: part.definition },
      { id: `${slice}.url`, path: 'Extension.extension.url', fixedUri: part.name },
      { id: `${slice}.value[x]`, path: 'Extension.extension.value[x]', min: 1, type: [{ code: part.type }] },
    );
  }
  elements.push(
    { id: 'Extension.url', path: 'Extension.url', fixedUri: spec.url },
    { id: 'Extension.value[x]', path: 'Extension.value[x]', max: '0' },
  );
  return elements;
}
