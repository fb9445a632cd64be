import type { RegimenNode } from '@guideline-as-code/model';
import { CPG_CODES, CPG_PROFILES, cycleCount, doseAndRate, fractionationElements, intervalRepeat, maximumDuration, notStatedExtension, routeConcept, sourcePositionExtension, SYSTEMS } from '@guideline-as-code/fhir';
import type { Field, NotStated } from '@guideline-as-code/types';
import type { ActivityDefinition, CodeableConcept, Dosage, Extension, PlanDefinition, TimingRepeat } from '@medplum/fhirtypes';
import type { DrugComponent, RadiotherapyComponent, Regimen, RegimenComponent } from '../../runtime/regimen-types.js';
import { readRegimens } from '../regimens/read-regimens.js';
import { canonicalUrl, fhirId, provenance, type FhirContext } from './fhir-context.js';

/** The PlanDefinition id of a regimen: `regimen-karpak`. */
export function regimenPlanId(regimen: Pick<RegimenNode, 'key'>): string {
  return fhirId(`regimen:${regimen.key}`);
}

/** The ActivityDefinition id of a regimen row: `regimenComponent-karpak-carboplatin`. */
export function componentActivityId(component: Pick<RegimenComponent, 'id'>): string {
  return fhirId(`regimenComponent:${component.id}`);
}

/**
 * Every regimen as a cpg-ordersetdefinition, and each of its rows as an activity: a
 * MedicationRequest activity per drug, a ServiceRequest activity per radiotherapy fractionation.
 * Read through the regimens package's projection of the graph, so the two packages cannot differ.
 */
export function regimenResources(context: FhirContext): (PlanDefinition | ActivityDefinition)[] {
  return readRegimens(context.index).flatMap((regimen) => [
    orderSet(regimen, context),
    ...regimen.components.map((component) => (component.kind === 'drug' ? medicationActivity(regimen, component, context) : radiotherapyActivity(regimen, component, context))),
  ]);
}

function orderSet(regimen: Regimen, context: FhirContext): PlanDefinition {
  const id = regimenPlanId({ key: regimen.id });
  const plan: PlanDefinition = {
    resourceType: 'PlanDefinition',
    id,
    meta: { profile: [CPG_PROFILES.orderSetDefinition] },
    extension: provenance(context, regimen.source),
    url: canonicalUrl('PlanDefinition', id),
    version: context.contentPackage.version,
    title: regimen.name.value,
    type: { coding: [{ system: SYSTEMS.planDefinitionType, code: 'order-set', display: 'Order Set' }] },
    status: 'draft',
    language: 'sv',
    action: regimen.components.map((component) => ({
      title: componentTitle(component),
      definitionCanonical: canonicalUrl('ActivityDefinition', componentActivityId(component)),
    })),
  };
  if (!regimen.intent.notStated) plan.description = regimen.intent.value === 'palliative' ? 'palliativ' : 'kurativ';
  else plan.extension = [...(plan.extension ?? []), notStated('description', regimen.intent)];
  return plan;
}

function componentTitle(component: RegimenComponent): string {
  if (component.kind === 'radiotherapy') return sourceWords([component.fractionation.dosePerFraction, component.fractionation.fractions, component.fractionation.total]) || 'strålbehandling';
  const { name, inn } = component.drug;
  return !name.notStated ? name.value : !inn.notStated ? inn.value : 'läkemedel ej angivet';
}

function activityHeader(regimen: Regimen, component: RegimenComponent, context: FhirContext, profile: string): ActivityDefinition {
  const id = componentActivityId(component);
  return {
    resourceType: 'ActivityDefinition',
    id,
    meta: { profile: [profile] },
    extension: provenance(context, component.source),
    url: canonicalUrl('ActivityDefinition', id),
    version: context.contentPackage.version,
    title: `${componentTitle(component)} i ${regimen.name.value}`,
    status: 'draft',
    language: 'sv',
  };
}

function medicationActivity(regimen: Regimen, component: DrugComponent, context: FhirContext): ActivityDefinition {
  return {
    ...activityHeader(regimen, component, context, CPG_PROFILES.medicationRequestActivity),
    kind: 'MedicationRequest',
    profile: CPG_PROFILES.medicationRequest,
    code: { coding: [{ system: CPG_CODES.activityType, code: 'order-medication', display: 'Order a medication' }] },
    intent: 'proposal',
    doNotPerform: false,
    productCodeableConcept: product(component),
    dosage: [dosage(component)],
  };
}

/** The drug: the lexicon's ATC code with the INN as display, and the name as the table writes it. */
function product(component: DrugComponent): CodeableConcept {
  const { atc, inn, name } = component.drug;
  const concept: CodeableConcept = { text: !name.notStated ? name.value : !inn.notStated ? inn.value : 'ej angivet' };
  if (!atc.notStated) concept.coding = [{ system: SYSTEMS.atc, code: atc.value, ...(inn.notStated ? {} : { display: inn.value }) }];
  return concept;
}

/** One Dosage from the row's stated cells; each cell the row leaves out is absent and declared not stated. */
function dosage(component: DrugComponent): Dosage {
  const { dose, route, interval, cycles, maxDuration } = component;
  const absent: Extension[] = [];
  const result: Dosage = { text: sourceWords([dose, route, interval, cycles, maxDuration]) };
  if (!dose.notStated) {
    // The dose points at its own cell, so that an app can quote the words of the dose itself.
    const rate = doseAndRate(dose.value.amount, dose.value.unit);
    result.doseAndRate = [{ ...rate, extension: [...(rate.extension ?? []), sourcePositionExtension(dose.source)] }];
  }
  else absent.push(notStated('doseAndRate', dose));
  if (!route.notStated) result.route = routeConcept(route.value);
  else absent.push(notStated('route', route));

  let repeat: TimingRepeat = {};
  if (!interval.notStated) repeat = { ...repeat, ...intervalRepeat(interval.value.days) };
  else absent.push(notStated('timing.repeat.period', interval));
  const count = cycles.notStated ? {} : cycleCount(cycles.value);
  if (Object.keys(count).length > 0) repeat = { ...repeat, ...count };
  else absent.push(notStated('timing.repeat.count', cycles));
  if (!maxDuration.notStated) repeat = { ...repeat, ...maximumDuration(maxDuration.value) };
  else absent.push(notStated('timing.repeat.boundsDuration', maxDuration));
  if (Object.keys(repeat).length > 0) result.timing = { repeat };
  if (absent.length > 0) result.extension = absent;
  return result;
}

/**
 * A fractionation: the dose per fraction as `quantity` (Gy), the number of fractions as
 * `timingTiming.repeat.count`; the total dose has no element and stays in the description. A
 * derived or ranged value is left absent and declared not stated, with the derivation.
 */
function radiotherapyActivity(regimen: Regimen, component: RadiotherapyComponent, context: FhirContext): ActivityDefinition {
  const { dosePerFraction, fractions, total } = component.fractionation;
  const absent: Extension[] = [];
  const activity: ActivityDefinition = {
    ...activityHeader(regimen, component, context, CPG_PROFILES.serviceRequestActivity),
    description: [sourceWords([dosePerFraction, fractions, total]), ...[dosePerFraction, fractions, total].flatMap((part) => ('derived' in part && part.derivation ? [`härlett: ${part.derivation}`] : []))].filter(Boolean).join('; '),
    kind: 'ServiceRequest',
    profile: CPG_PROFILES.serviceRequest,
    code: { coding: [{ system: CPG_CODES.activityType, code: 'order-service', display: 'Order a service' }], text: regimen.name.value },
    intent: 'proposal',
    doNotPerform: false,
  };
  const perFraction = dosePerFraction.notStated || dosePerFraction.value.low !== dosePerFraction.value.high ? null : dosePerFraction.value.low;
  const count = fractions.notStated ? null : fractions.value;
  if (perFraction !== null && count !== null) Object.assign(activity, fractionationElements(perFraction, count));
  else {
    if (perFraction !== null) Object.assign(activity, { quantity: fractionationElements(perFraction, { low: 1, high: 1 }).quantity });
    else absent.push(notStated('quantity', dosePerFraction));
    if (count !== null) activity.timingTiming = { repeat: cycleCount(count) };
    else absent.push(notStated('timingTiming.repeat.count', fractions));
  }
  activity.extension = [...(activity.extension ?? []), ...absent];
  return activity;
}

function notStated(element: string, field: NotStated | Field<unknown>): Extension {
  return notStatedExtension(element, field.notStated ? field.text : null);
}

/** The source words of the stated values, in order, each once: what the table says about this row. */
function sourceWords(fields: readonly { notStated: boolean; text: string | null }[]): string {
  const words: string[] = [];
  for (const field of fields) if (!field.notStated && field.text && !words.includes(field.text)) words.push(field.text);
  return words.join(', ');
}
