import type { ActivityDefinition, PlanDefinition, Resource } from '@medplum/fhirtypes';
import { CPG_PROFILES } from '../../canonical/cpg.js';
import { error, type FhirIssue } from '../issue.js';
import { checkComputableActivity, checkMedicationRequestActivity, checkServiceRequestActivity } from './check-activity-definitions.js';
import { checkComputablePlanDefinition, checkOrderSetDefinition, checkRecommendationDefinition } from './check-plan-definitions.js';

type ProfileCheck = (resource: Resource, path: string) => FhirIssue[];

const forPlan = (check: (plan: PlanDefinition, path: string) => FhirIssue[]): ProfileCheck => (resource, path) =>
  resource.resourceType === 'PlanDefinition' ? check(resource, path) : [error('cpg-profile-type', path, 'this profile applies to PlanDefinition')];
const forActivity = (check: (activity: ActivityDefinition, path: string) => FhirIssue[]): ProfileCheck => (resource, path) =>
  resource.resourceType === 'ActivityDefinition' ? check(resource, path) : [error('cpg-profile-type', path, 'this profile applies to ActivityDefinition')];

/** The CPG profiles the export may claim in `meta.profile`, each with its check (which includes its parents'). */
const PROFILE_CHECKS: ReadonlyMap<string, ProfileCheck> = new Map([
  [CPG_PROFILES.computablePlanDefinition, forPlan(checkComputablePlanDefinition)],
  [CPG_PROFILES.recommendationDefinition, forPlan(checkRecommendationDefinition)],
  [CPG_PROFILES.orderSetDefinition, forPlan(checkOrderSetDefinition)],
  [CPG_PROFILES.computableActivity, forActivity(checkComputableActivity)],
  [CPG_PROFILES.medicationRequestActivity, forActivity(checkMedicationRequestActivity)],
  [CPG_PROFILES.serviceRequestActivity, forActivity(checkServiceRequestActivity)],
]);

/**
 * Runs the check of every profile the resource claims. A claimed profile we have no check for is
 * an error: claiming conformance that nothing verifies is how exports drift from their IG.
 */
export function checkClaimedProfiles(resource: Resource, path: string): FhirIssue[] {
  const issues: FhirIssue[] = [];
  resource.meta?.profile?.forEach((profile, index) => {
    const check = PROFILE_CHECKS.get(profile.split('|')[0]!);
    if (check) issues.push(...check(resource, path));
    else issues.push(error('profile-unchecked', `${path}.meta.profile[${index}]`, `no check for claimed profile \`${profile}\``));
  });
  return issues;
}

/** The profiles that `checkClaimedProfiles` knows. */
export function checkedProfiles(): string[] {
  return [...PROFILE_CHECKS.keys()];
}
