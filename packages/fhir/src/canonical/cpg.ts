/**
 * The HL7 Clinical Practice Guidelines IG (hl7.fhir.uv.cpg) 2.0.0, FHIR 4.0.1: the profiles the
 * export claims and the codes those profiles fix. docs/fhir-mapping.md says, profile by
 * profile, which constraints the validator checks.
 */
export const CPG_IG = { packageId: 'hl7.fhir.uv.cpg', version: '2.0.0', canonical: 'http://hl7.org/fhir/uv/cpg' } as const;

const profile = (id: string): string => `${CPG_IG.canonical}/StructureDefinition/${id}`;

export const CPG_PROFILES = {
  computablePlanDefinition: profile('cpg-computableplandefinition'),
  recommendationDefinition: profile('cpg-recommendationdefinition'),
  orderSetDefinition: profile('cpg-ordersetdefinition'),
  strategyDefinition: profile('cpg-strategydefinition'),
  computableActivity: profile('cpg-computableactivity'),
  medicationRequestActivity: profile('cpg-medicationrequestactivity'),
  serviceRequestActivity: profile('cpg-servicerequestactivity'),
  medicationRequest: profile('cpg-medicationrequest'),
  serviceRequest: profile('cpg-servicerequest'),
} as const;

export const CPG_EXTENSIONS = {
  /** R4 core extension, 0..1 on PlanDefinition.action in the computable plan definition. */
  strengthOfRecommendation: 'http://hl7.org/fhir/StructureDefinition/cqf-strengthOfRecommendation',
  /** R4 core extension, 0..1 on PlanDefinition.action in the computable plan definition. */
  qualityOfEvidence: 'http://hl7.org/fhir/StructureDefinition/cqf-qualityOfEvidence',
  directionOfRecommendation: profile('cpg-directionOfRecommendation'),
  rating: profile('cpg-rating'),
} as const;

export const CPG_CODES = {
  activityType: `${CPG_IG.canonical}/CodeSystem/cpg-activity-type-cs`,
  recommendationDirection: `${CPG_IG.canonical}/CodeSystem/cpg-recommendation-direction-cs`,
  recommendationDirections: ['for', 'against'],
} as const;
