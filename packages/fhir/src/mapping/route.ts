import type { CodeableConcept } from '@medplum/fhirtypes';
import { SYSTEMS } from '../canonical/systems.js';

/** Routes the guideline states (the graph's route codes). */
export type RouteCode = 'iv' | 'po' | 'sc' | 'im' | 'ip';

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
  // 38239002 |Intraperitoneal route|, a route-of-administration value (< 284009009) as R4's
  // route-codes value set takes them; listed with the four above in DICOM CID 11 "Route of
  // Administration" (https://dicom.nema.org/medical/dicom/current/output/chtml/part16/sect_CID_11.html,
  // as FHIR: https://github.com/bvdh/dicom-terminology-in-fhir, input/fsh/ValueSet-dicom-cid-11-AdministrationRoute.fsh).
  ip: { code: '38239002', display: 'Intraperitoneal route', text: 'intraperitonealt' },
};

export function routeConcept(route: RouteCode): CodeableConcept {
  const { code, display, text } = ROUTES[route];
  return { coding: [{ system: SYSTEMS.snomed, code, display }], text };
}
