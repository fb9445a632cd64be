import type { ReferenceNode, TrialNode } from '@guideline-as-code/model';
import { notStatedExtension, SYSTEMS } from '@guideline-as-code/fhir';
import type { DocumentReference, Identifier, ResearchStudy } from '@medplum/fhirtypes';
import { fhirId, provenance, type FhirContext } from './fhir-context.js';

/** A reference's title as references.yaml states it, or "Referens N" while it states none. */
export function referenceTitle(reference: ReferenceNode): string {
  const title = reference.fields['title'];
  if (title && !title.notStated && typeof title.value === 'string') return title.value;
  return `Referens ${reference.number ?? reference.key}`;
}

/**
 * A literature reference as a DocumentReference (R4 has no Citation; docs/fhir-mapping.md §2):
 * its title, DOI and PMID where references.yaml gives them, and every CSL field the list leaves
 * out declared not stated.
 */
export function referenceResource(reference: ReferenceNode, context: FhirContext): DocumentReference {
  const identifier = [stringField(reference, 'DOI', SYSTEMS.doi), stringField(reference, 'PMID', SYSTEMS.pubmed)].filter((item): item is Identifier => item !== null);
  const resource: DocumentReference = {
    resourceType: 'DocumentReference',
    id: fhirId(reference.id),
    extension: [...provenance(context, reference.source), ...reference.notStated.map((field) => notStatedExtension(field, null))],
    status: 'current',
    description: `Referens ${reference.number ?? reference.key} i ${context.guideline.title}`,
    content: [{ attachment: { title: referenceTitle(reference), ...urlOf(reference) } }],
  };
  if (identifier.length > 0) resource.identifier = identifier;
  return resource;
}

function stringField(reference: ReferenceNode, field: string, system: string): Identifier | null {
  const value = reference.fields[field];
  return value && !value.notStated && (typeof value.value === 'string' || typeof value.value === 'number') ? { system, value: String(value.value) } : null;
}

function urlOf(reference: ReferenceNode): { url?: string } {
  const url = reference.fields['URL'];
  return url && !url.notStated && typeof url.value === 'string' ? { url: url.value } : {};
}

/**
 * A trial as a ResearchStudy: its name as title, its NCT id where the text gives one. `status`
 * is required and the text never states it, so it is written absent with data-absent-reason.
 */
export function trialResource(trial: TrialNode, context: FhirContext): ResearchStudy {
  // R4 lets a required primitive be absent when `_status` carries data-absent-reason; medplum's
  // types have no `_status`, hence the one conversion.
  const resource = {
    resourceType: 'ResearchStudy',
    id: fhirId(trial.id),
    extension: provenance(context, trial.name.source ?? trial.source),
    title: trial.name.value,
    _status: { extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/data-absent-reason', valueCode: 'unknown' }] },
  } as unknown as ResearchStudy;
  if (!trial.nct.notStated) resource.identifier = [{ system: SYSTEMS.clinicalTrialsGov, value: trial.nct.value }];
  else resource.extension = [...(resource.extension ?? []), notStatedExtension('identifier', trial.nct.text)];
  return resource;
}

export function literatureResources(context: FhirContext): (DocumentReference | ResearchStudy)[] {
  return [...context.index.ofType('reference').map((reference) => referenceResource(reference, context)), ...context.index.ofType('trial').map((trial) => trialResource(trial, context))];
}
