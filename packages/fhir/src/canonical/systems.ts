/**
 * Code and identifier systems the export uses, each a canonical URI that R4 validators know.
 * Kept in one place so the mapping and the validator cannot disagree about a system.
 */
export const SYSTEMS = {
  /** UCUM, for every Quantity (dose, duration, radiation dose). */
  ucum: 'http://unitsofmeasure.org',
  /** WHO ATC classification, the system R4 and the WHO Collaborating Centre name. */
  atc: 'http://www.whocc.no/atc',
  /** SNOMED CT, for routes of administration (R4's example binding for Dosage.route). */
  snomed: 'http://snomed.info/sct',
  /** R4 evidence quality: high | moderate | low | very-low (GRADE's four levels). */
  evidenceQuality: 'http://terminology.hl7.org/CodeSystem/evidence-quality',
  /** R4 recommendation strength: strong | weak. */
  recommendationStrength: 'http://terminology.hl7.org/CodeSystem/recommendation-strength',
  planDefinitionType: 'http://terminology.hl7.org/CodeSystem/plan-definition-type',
  /** ClinicalTrials.gov registry numbers (NCT ids). */
  clinicalTrialsGov: 'https://clinicaltrials.gov',
  doi: 'https://doi.org',
  pubmed: 'https://pubmed.ncbi.nlm.nih.gov',
} as const;
