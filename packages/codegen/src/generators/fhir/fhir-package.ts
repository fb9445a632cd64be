import { CPG_IG, contentPackageExtension, EXTENSION_SPECS, extensionDefinition, OWN_CANONICAL_BASE } from '@guideline-as-code/fhir';
import type { Bundle, Resource } from '@medplum/fhirtypes';
import { canonicalUrl, fhirId, type FhirContext } from './fhir-context.js';

/** The FHIR version of every resource, and the packages whose definitions they use. */
const FHIR_VERSION = '4.0.1';

/** Our extensions' StructureDefinitions, stamped with the package that publishes them. */
export function extensionDefinitions(context: FhirContext): Resource[] {
  return EXTENSION_SPECS.map((spec) => ({
    ...extensionDefinition(spec, context.contentPackage.version),
    extension: [contentPackageExtension(context.contentPackage)],
  }));
}

/** The file a resource has in the FHIR package: `<Type>-<id>.json`. */
export function resourceFileName(resource: Resource): string {
  return `${resource.resourceType}-${resource.id}.json`;
}

/**
 * One Bundle of type collection with every resource, `fullUrl` each resource's canonical URL. A
 * Bundle has no `extension`, so its content-package extension sits in `meta.extension`. It has
 * no `timestamp`: two builds of the same sources must be byte-identical.
 */
export function contentBundle(resources: readonly Resource[], context: FhirContext): Bundle {
  const { contentPackage } = context;
  return {
    resourceType: 'Bundle',
    id: fhirId(context.guideline.key),
    meta: { extension: [contentPackageExtension(contentPackage)] },
    identifier: { system: OWN_CANONICAL_BASE, value: `${contentPackage.name}@${contentPackage.version}` },
    type: 'collection',
    entry: resources.map((resource) => ({ fullUrl: ('url' in resource && typeof resource.url === 'string' ? resource.url : canonicalUrl(resource.resourceType, resource.id!)), resource })),
  };
}

/** The FHIR package's name: the npm name without its scope's `@`, `/` as `.` (FHIR package names have no scope). */
export function fhirPackageName(npmName: string): string {
  return npmName.replace(/^@/, '').replace('/', '.');
}

/**
 * The FHIR package layout (`package/package.json` with `fhirVersions`, `package/.index.json`,
 * one file per resource, the Bundle under `package/other/`), as files by path.
 */
export function fhirPackageFiles(resources: readonly Resource[], bundle: Bundle, context: FhirContext): Record<string, unknown> {
  const { contentPackage, guideline } = context;
  const files: Record<string, unknown> = {
    'package/package.json': {
      name: fhirPackageName(contentPackage.name),
      version: contentPackage.version,
      description: `${guideline.title} (${guideline.publisher}) as FHIR R4 resources following the HL7 CPG IG ${CPG_IG.version}.`,
      fhirVersions: [FHIR_VERSION],
      dependencies: { 'hl7.fhir.r4.core': FHIR_VERSION, [CPG_IG.packageId]: CPG_IG.version },
      canonical: OWN_CANONICAL_BASE,
    },
    'package/.index.json': {
      'index-version': 1,
      files: resources.map((resource) => indexEntry(resource)).sort((a, b) => a.filename.localeCompare(b.filename)),
    },
  };
  for (const resource of resources) files[`package/${resourceFileName(resource)}`] = resource;
  files[`package/other/${resourceFileName(bundle)}`] = bundle;
  return files;
}

function indexEntry(resource: Resource): { filename: string; resourceType: string; id: string; url?: string; version?: string; kind?: string; type?: string } {
  const entry: { filename: string; resourceType: string; id: string; url?: string; version?: string; kind?: string; type?: string } = {
    filename: resourceFileName(resource),
    resourceType: resource.resourceType,
    id: resource.id!,
  };
  if ('url' in resource && typeof resource.url === 'string') entry.url = resource.url;
  if ('version' in resource && typeof resource.version === 'string') entry.version = resource.version;
  if (resource.resourceType === 'StructureDefinition') {
    entry.kind = resource.kind;
    entry.type = resource.type;
  }
  return entry;
}
