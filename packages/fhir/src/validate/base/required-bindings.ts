import { crawlTypedValue, toTypedValue, tryGetDataType } from '@medplum/core';
import type { TypedValue } from '@medplum/core';
import type { Coding, Resource } from '@medplum/fhirtypes';
import { error, warning, type FhirIssue } from '../issue.js';
import { loadR4Definitions } from './load-definitions.js';
import { listValueSetCodes, type CodeList } from './value-set-codes.js';

/**
 * Checks every coded element with a *required* binding in the base specification against the
 * value set's codes (medplum's validator does not look at bindings, so `status: "bogus"` or
 * `periodUnit: "days"` would pass it). A required value set that cannot be listed offline is
 * reported as a warning naming it, never silently skipped.
 */
export function checkRequiredBindings(resource: Resource): FhirIssue[] {
  const { terminology } = loadR4Definitions();
  if (!tryGetDataType(resource.resourceType)) return []; // not an R4 resource type: validateStructure says so
  const codeLists = new Map<string, CodeList | undefined>();
  const issues: FhirIssue[] = [];
  crawlTypedValue(toTypedValue(resource), {
    visitProperty(_parent, key, path, propertyValues, schema) {
      const binding = schema.elements[key]?.binding;
      if (binding?.strength !== 'required' || !binding.valueSet) return;
      const values = propertyValues.flat().filter((value) => value.value !== undefined && value.value !== null);
      if (values.length === 0) return;
      if (!codeLists.has(binding.valueSet)) codeLists.set(binding.valueSet, listValueSetCodes(binding.valueSet, terminology));
      const codes = codeLists.get(binding.valueSet);
      for (const value of values) {
        const where = 'path' in value && typeof value.path === 'string' ? value.path : path;
        if (!codes) {
          if (isCoded(value)) {
            issues.push(warning('fhir-binding-unchecked', where, `required value set ${binding.valueSet} cannot be listed offline; the code was not checked`));
          }
          continue;
        }
        const problem = bindingProblem(value, codes);
        if (problem) issues.push(error('fhir-required-binding', where, `${problem} is not in the required value set ${binding.valueSet}`));
      }
    },
  });
  return issues;
}

function isCoded(value: TypedValue): boolean {
  return value.type === 'code' || value.type === 'Coding' || value.type === 'CodeableConcept';
}

/** The offending code as text, or undefined when the value is in the list (or is not coded). */
function bindingProblem(value: TypedValue, codes: CodeList): string | undefined {
  if (value.type === 'code') {
    if (typeof value.value !== 'string') return undefined; // a primitive with only extensions (data-absent-reason) has no code
    const code = value.value;
    for (const entry of codes) if (entry.endsWith(`|${code}`)) return undefined;
    return `\`${code}\``;
  }
  if (value.type === 'Coding') return codingProblem(value.value as Coding, codes);
  if (value.type === 'CodeableConcept') {
    const codings = (value.value as { coding?: Coding[] }).coding ?? [];
    if (codings.some((coding) => codingProblem(coding, codes) === undefined)) return undefined;
    return codings.length === 0 ? 'a CodeableConcept without coding' : codings.map((coding) => codingProblem(coding, codes)).join(', ');
  }
  return undefined;
}

function codingProblem(coding: Coding, codes: CodeList): string | undefined {
  return codes.has(`${coding.system ?? ''}|${coding.code ?? ''}`) ? undefined : `\`${coding.system ?? ''}|${coding.code ?? ''}\``;
}
