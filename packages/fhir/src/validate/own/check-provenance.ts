import type { Resource } from '@medplum/fhirtypes';
import { OWN_EXTENSIONS } from '../../canonical/own.js';
import { error, type FhirIssue } from '../issue.js';

/**
 * Every published resource says where it comes from: a source position (file, line, column)
 * and the content package (name, version, content hash) it was published in. A Bundle is the
 * package itself, so it needs only the latter, and R4 gives Bundle no `extension` (it is not a
 * DomainResource): there it sits in `meta.extension`.
 */
export function checkProvenance(resource: Resource): FhirIssue[] {
  const extensions = resource.resourceType === 'Bundle' ? (resource.meta?.extension ?? []) : 'extension' in resource ? (resource.extension ?? []) : [];
  const urls = new Set(extensions.map((extension) => extension.url));
  const issues: FhirIssue[] = [];
  if (resource.resourceType !== 'Bundle' && !urls.has(OWN_EXTENSIONS.sourcePosition)) {
    issues.push(error('own-provenance-missing', resource.resourceType, 'the resource has no source-position extension'));
  }
  if (!urls.has(OWN_EXTENSIONS.contentPackage)) {
    issues.push(error('own-provenance-missing', resource.resourceType, 'the resource has no content-package extension'));
  }
  return issues;
}
