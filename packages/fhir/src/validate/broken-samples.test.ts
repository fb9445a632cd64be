import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Resource } from '@medplum/fhirtypes';
import { describe, expect, test } from 'vitest';
import { validateFhirResource } from './validate-resource.js';

const VALID = join(import.meta.dirname, '..', '__fixtures__', 'valid');

/** A fresh copy of a valid sample, to break one thing in. */
function sample(name: string): Record<string, unknown> & { [key: string]: any } {
  return JSON.parse(readFileSync(join(VALID, name), 'utf8'));
}

function findings(resource: object): string[] {
  return validateFhirResource(resource as Resource).map((issue) => `${issue.rule} ${issue.path}`);
}

describe('broken samples fail with the expected issue, and only that', () => {
  test('missing required element (R4 base): PlanDefinition.status', () => {
    const plan = sample('recommendation.json');
    delete plan.status;
    expect(findings(plan)).toEqual(['fhir-structure PlanDefinition.status']);
  });

  test('missing required element (CPG): doNotPerform of a medication request activity', () => {
    const activity = sample('carboplatin.json');
    delete activity.doNotPerform;
    expect(findings(activity)).toEqual(['cpg-required ActivityDefinition.doNotPerform']);
  });

  test('wrong type: a dose value written as text', () => {
    const activity = sample('carboplatin.json');
    activity.dosage[0].doseAndRate[0].doseQuantity.value = '5';
    expect(findings(activity)).toEqual(['fhir-structure ActivityDefinition.dosage[0].doseAndRate[0].dose[x].value']);
  });

  test('wrong fixed value: a recommendation typed as an order set', () => {
    const plan = sample('recommendation.json');
    plan.type.coding[0].code = 'order-set';
    expect(findings(plan)).toEqual(['cpg-fixed-value PlanDefinition.type']);
  });

  test('wrong fixed value: a fractionation whose kind is MedicationRequest', () => {
    const activity = sample('fractionation.json');
    activity.kind = 'MedicationRequest';
    expect(findings(activity)).toEqual(['cpg-fixed-value ActivityDefinition.kind']);
  });

  test('wrong fixed value: intent order instead of proposal', () => {
    const activity = sample('paclitaxel.json');
    activity.intent = 'order';
    expect(findings(activity)).toEqual(['cpg-fixed-value ActivityDefinition.intent']);
  });

  test('unknown element', () => {
    const activity = sample('fractionation.json');
    activity.dosePerFraction = 4;
    expect(findings(activity)).toEqual(['fhir-structure ActivityDefinition.dosePerFraction']);
  });

  test('required binding: periodUnit "days" is not a UCUM unit of time', () => {
    const activity = sample('paclitaxel.json');
    activity.dosage[0].timing.repeat.periodUnit = 'days';
    expect(findings(activity)).toEqual(['fhir-required-binding ActivityDefinition.dosage[0].timing.repeat.periodUnit']);
  });

  test('base invariant: a period without a unit (tim-2)', () => {
    const activity = sample('paclitaxel.json');
    delete activity.dosage[0].timing.repeat.periodUnit;
    expect(findings(activity)).toEqual(['fhir-invariant ActivityDefinition.dosage[0].timing.repeat']);
  });

  test('Citation is not an R4 resource', () => {
    expect(findings({ resourceType: 'Citation', status: 'active' })).toContain('fhir-invalid ');
  });

  test('a recommendation that neither states nor declares a strength of recommendation', () => {
    const plan = sample('recommendation.json');
    plan.action[0].extension.splice(1, 1);
    expect(findings(plan)).toEqual(['cpg-required PlanDefinition.action[0].extension']);
  });

  test('a quality of evidence with a string value', () => {
    const plan = sample('recommendation.json');
    plan.action[0].extension[0] = { url: plan.action[0].extension[0].url, valueString: 'måttlig' };
    expect(findings(plan)).toEqual(['cpg-type PlanDefinition.action[0].extension']);
  });

  test('our source-position extension without its line', () => {
    const trial = sample('trial.json');
    trial.extension[0].extension.splice(1, 1);
    expect(findings(trial)).toEqual(['own-extension-shape ResearchStudy.extension[0]']);
  });

  test('an unknown dose basis', () => {
    const activity = sample('carboplatin.json');
    activity.dosage[0].doseAndRate[0].extension[0].valueCode = 'mass';
    expect(findings(activity)).toEqual(['own-extension-shape ActivityDefinition.dosage[0].doseAndRate[0].extension[0]']);
  });

  test('a resource without provenance', () => {
    const reference = sample('reference.json');
    reference.extension.splice(0, 2);
    expect(findings(reference)).toEqual(['own-provenance-missing DocumentReference', 'own-provenance-missing DocumentReference']);
  });

  test('a claimed profile that nothing checks', () => {
    const plan = sample('regimen.json');
    plan.meta.profile.push('http://hl7.org/fhir/uv/cpg/StructureDefinition/cpg-pathwaydefinition');
    expect(findings(plan)).toEqual(['profile-unchecked PlanDefinition.meta.profile[1]']);
  });

  test('a recommendation pointing at a regimen that is not in the Bundle', () => {
    const plan = sample('recommendation.json');
    const bundle = { resourceType: 'Bundle', type: 'collection', meta: { extension: [plan.extension[1]] }, entry: [{ fullUrl: 'urn:uuid:a', resource: plan }] };
    expect(findings(bundle)).toEqual(['bundle-unresolved-canonical Bundle.entry[0].resource.action[0].definitionCanonical']);
  });
});
