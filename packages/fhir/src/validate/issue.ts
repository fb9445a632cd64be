/**
 * One problem the validator found in a FHIR resource. `rule` is stable (tests and reports key
 * on it); `path` is a FHIRPath-like location inside the resource, e.g.
 * `PlanDefinition.action[0].title`, so that a report can point at the element and, through the
 * resource's source-position extension, at the guideline text it came from.
 */
export interface FhirIssue {
  readonly severity: 'error' | 'warning';
  readonly rule: string;
  readonly path: string;
  readonly message: string;
}

export function error(rule: string, path: string, message: string): FhirIssue {
  return { severity: 'error', rule, path, message };
}

export function warning(rule: string, path: string, message: string): FhirIssue {
  return { severity: 'warning', rule, path, message };
}
