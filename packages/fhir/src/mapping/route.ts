import type { CodeableConcept } from '@medplum/fhirtypes';
import { SYSTEMS } from '../canonical/systems.js';

/** Routes the guideline states (the graph's route codes). */
export type RouteCode = 'iv' | 'po' | 'sc' | 'im';

/**
 * SNOMED CT route qualifiers, the code system of R4's route-codes value set (the example binding
 * of Dosage.route), which the HL7 validator checks against its terminology server; Swedish text
 * as the guideline writes it. EDQM standard terms would suit European product data too, but R4
 * validators do not know that system offline; see docs/fhir-mapping.md.
 */
const ROUTES: Readonly<Record<RouteCode, { code: string; display: string; text: string }>> = {
  iv: { code: '47625008', display: 'Intravenous route', text: 'intravenöst' },
  po: { code: '26643006', display: 'Oral route', text: 'peroralt' },
  sc: { code: '34206005', display: 'Subcutaneous route', text: 'subkutant' },
  im: { code: '78421000', display: 'Intramuscular route', text: 'intramuskulärt' },
};

export function routeConcept(route: RouteCode): CodeableConcept {
  const { code, display, text } = ROUTES[route];
  return { coding: [{ system: SYSTEMS.snomed, code, display }], text };
}
