import type { ActivityDefinition } from '@medplum/fhirtypes';
import { CPG_CODES, CPG_PROFILES } from '../../canonical/cpg.js';
import { error, type FhirIssue } from '../issue.js';
import { hasCoding } from './codings.js';

/** cpg-computableactivity: `kind` 1..1 (the rest of that profile is must-support only). */
export function checkComputableActivity(activity: ActivityDefinition, path: string): FhirIssue[] {
  return activity.kind ? [] : [error('cpg-required', `${path}.kind`, 'a computable activity needs `kind`')];
}

interface RequestActivity {
  readonly kind: string;
  readonly profile: string;
  readonly activityCode: string;
}

const MEDICATION_REQUEST: RequestActivity = { kind: 'MedicationRequest', profile: CPG_PROFILES.medicationRequest, activityCode: 'order-medication' };
const SERVICE_REQUEST: RequestActivity = { kind: 'ServiceRequest', profile: CPG_PROFILES.serviceRequest, activityCode: 'order-service' };

/** cpg-medicationrequestactivity: a drug component of a regimen. */
export function checkMedicationRequestActivity(activity: ActivityDefinition, path: string): FhirIssue[] {
  return checkRequestActivity(activity, path, MEDICATION_REQUEST);
}

/** cpg-servicerequestactivity: a radiotherapy fractionation. */
export function checkServiceRequestActivity(activity: ActivityDefinition, path: string): FhirIssue[] {
  return checkRequestActivity(activity, path, SERVICE_REQUEST);
}

/**
 * The request-activity profiles fix `kind`, `profile` (exactly the CPG request profile),
 * `intent` = proposal, require `doNotPerform`, and put the CPG activity type in `code` as a
 * pattern (other codings may sit beside it).
 */
function checkRequestActivity(activity: ActivityDefinition, path: string, expected: RequestActivity): FhirIssue[] {
  const issues = checkComputableActivity(activity, path);
  if (activity.kind && activity.kind !== expected.kind) {
    issues.push(error('cpg-fixed-value', `${path}.kind`, `\`kind\` is \`${activity.kind}\`, expected \`${expected.kind}\``));
  }
  if (activity.profile === undefined) issues.push(error('cpg-required', `${path}.profile`, `\`profile\` is required and must be \`${expected.profile}\``));
  else if (activity.profile !== expected.profile) issues.push(error('cpg-fixed-value', `${path}.profile`, `\`profile\` is \`${activity.profile}\`, expected \`${expected.profile}\``));
  if (activity.intent === undefined) issues.push(error('cpg-required', `${path}.intent`, '`intent` is required and must be `proposal`'));
  else if (activity.intent !== 'proposal') issues.push(error('cpg-fixed-value', `${path}.intent`, `\`intent\` is \`${activity.intent}\`, expected \`proposal\``));
  if (activity.doNotPerform === undefined) issues.push(error('cpg-required', `${path}.doNotPerform`, '`doNotPerform` is required'));
  if (!hasCoding(activity.code, CPG_CODES.activityType, expected.activityCode)) {
    issues.push(error('cpg-fixed-value', `${path}.code`, `\`code\` must contain ${CPG_CODES.activityType}#${expected.activityCode}`));
  }
  return issues;
}
