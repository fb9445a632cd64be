import type { Bundle, Resource } from '@medplum/fhirtypes';
import { checkRequiredBindings } from './base/required-bindings.js';
import { validateStructure } from './base/validate-structure.js';
import { checkBundleCanonicals } from './cpg/check-bundle-canonicals.js';
import { checkClaimedProfiles } from './cpg/check-claimed-profiles.js';
import type { FhirIssue } from './issue.js';
import { checkOwnExtensions } from './own/check-own-extensions.js';
import { checkProvenance } from './own/check-provenance.js';

/**
 * Validates one resource of the FHIR export, or a Bundle and everything in it: the R4 base
 * (structure, invariants, required bindings), the CPG profiles it claims, our own extensions,
 * and its provenance. Returns every issue; an empty list means valid with no warnings.
 */
export function validateFhirResource(resource: Resource): FhirIssue[] {
  const issues = [...validateStructure(resource), ...checkRequiredBindings(resource)];
  issues.push(...checkOwn(resource, resource.resourceType));
  if (resource.resourceType === 'Bundle') issues.push(...checkEntries(resource));
  return issues;
}

function checkOwn(resource: Resource, path: string): FhirIssue[] {
  return [
    ...checkOwnExtensions(resource, path),
    ...checkProvenance(resource).map((issue) => ({ ...issue, path })),
    ...checkClaimedProfiles(resource, path),
  ];
}

/** Base validation already covers the entries (medplum descends into them); ours runs per entry. */
function checkEntries(bundle: Bundle): FhirIssue[] {
  const issues: FhirIssue[] = [];
  bundle.entry?.forEach((entry, index) => {
    if (entry.resource) issues.push(...checkOwn(entry.resource, `Bundle.entry[${index}].resource`));
  });
  issues.push(...checkBundleCanonicals(bundle));
  return issues;
}

export function errorsOf(issues: readonly FhirIssue[]): FhirIssue[] {
  return issues.filter((issue) => issue.severity === 'error');
}
