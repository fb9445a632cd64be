import { OperationOutcomeError, validateResource } from '@medplum/core';
import type { OperationOutcomeIssue, Resource } from '@medplum/fhirtypes';
import type { FhirIssue } from '../issue.js';
import { loadR4Definitions } from './load-definitions.js';

/**
 * Validates a resource against the R4 base StructureDefinitions with medplum's validator:
 * unknown elements, wrong JSON types, cardinalities, choice types and the base invariants
 * (FHIRPath constraints such as `tim-2` or `ext-1`). Medplum reports errors by throwing an
 * OperationOutcome and returns warnings; both become issues here.
 */
export function validateStructure(resource: Resource): FhirIssue[] {
  loadR4Definitions();
  try {
    return validateResource(resource).map(fromOutcomeIssue);
  } catch (thrown) {
    if (thrown instanceof OperationOutcomeError) return (thrown.outcome.issue ?? []).map(fromOutcomeIssue);
    throw thrown;
  }
}

function fromOutcomeIssue(issue: OperationOutcomeIssue): FhirIssue {
  const message = issue.details?.text ?? issue.diagnostics ?? 'invalid';
  return {
    severity: issue.severity === 'error' || issue.severity === 'fatal' ? 'error' : 'warning',
    rule: `fhir-${issue.code}`,
    path: issue.expression?.[0] ?? issue.location?.[0] ?? '',
    message: issue.diagnostics && issue.details?.text ? `${message} (${issue.diagnostics})` : message,
  };
}
