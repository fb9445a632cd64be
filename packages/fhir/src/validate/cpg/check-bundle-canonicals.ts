import type { Bundle, Resource } from '@medplum/fhirtypes';
import { CPG_PROFILES } from '../../canonical/cpg.js';
import { error, type FhirIssue } from '../issue.js';

const ACTIVITY_TARGETS = new Set<string>([
  CPG_PROFILES.computableActivity,
  CPG_PROFILES.medicationRequestActivity,
  CPG_PROFILES.serviceRequestActivity,
  CPG_PROFILES.orderSetDefinition,
]);

/**
 * Inside the Bundle of everything, each `definitionCanonical` of a recommendation or order set
 * must resolve to a resource of the Bundle, and a recommendation's target must claim a computable
 * activity or order set profile, as cpg-recommendationdefinition restricts `action.definition[x]`.
 */
export function checkBundleCanonicals(bundle: Bundle): FhirIssue[] {
  const byUrl = new Map<string, Resource>();
  for (const entry of bundle.entry ?? []) {
    const resource = entry.resource as (Resource & { url?: string }) | undefined;
    if (resource?.url) byUrl.set(resource.url, resource);
  }
  const issues: FhirIssue[] = [];
  bundle.entry?.forEach((entry, entryIndex) => {
    if (entry.resource?.resourceType !== 'PlanDefinition') return;
    const isRecommendation = entry.resource.meta?.profile?.includes(CPG_PROFILES.recommendationDefinition) ?? false;
    entry.resource.action?.forEach((action, actionIndex) => {
      if (!action.definitionCanonical) return;
      const path = `Bundle.entry[${entryIndex}].resource.action[${actionIndex}].definitionCanonical`;
      const target = byUrl.get(action.definitionCanonical.split('|')[0]!);
      if (!target) {
        issues.push(error('bundle-unresolved-canonical', path, `\`${action.definitionCanonical}\` is not the url of any resource in the Bundle`));
      } else if (isRecommendation && !(target.meta?.profile ?? []).some((profile) => ACTIVITY_TARGETS.has(profile))) {
        issues.push(error('cpg-reference-target', path, `\`${action.definitionCanonical}\` must be a CPG computable activity or order set definition`));
      }
    });
  });
  return issues;
}
