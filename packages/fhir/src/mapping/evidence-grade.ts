import type { Extension } from '@medplum/fhirtypes';
import { CPG_EXTENSIONS } from '../canonical/cpg.js';
import { SYSTEMS } from '../canonical/systems.js';
import { notStatedExtension } from './provenance-extensions.js';

/** The care programme's evidence grades, as printed after a recommendation. */
export type RccEvidenceGrade = '+' | '++' | '+++' | '++++';

interface GradeMapping {
  readonly code: 'high' | 'moderate' | 'low' | 'very-low';
  readonly display: string;
  /** RCC's Swedish name of the grade. */
  readonly sv: string;
}

/**
 * RCC's four grades are GRADE's four levels of certainty, named as SBU names them
 * (docs/fhir-mapping.md cites RCC's definition): each maps to exactly one code of R4's
 * evidence-quality code system. "Vårdprogramgruppens ståndpunkt (vp)" is not a grade and has no
 * code here.
 */
const GRADES: Readonly<Record<RccEvidenceGrade, GradeMapping>> = {
  '++++': { code: 'high', display: 'High quality', sv: 'Starkt vetenskapligt underlag' },
  '+++': { code: 'moderate', display: 'Moderate quality', sv: 'Måttligt starkt vetenskapligt underlag' },
  '++': { code: 'low', display: 'Low quality', sv: 'Begränsat vetenskapligt underlag' },
  '+': { code: 'very-low', display: 'Very low quality', sv: 'Otillräckligt vetenskapligt underlag' },
};

export function isRccEvidenceGrade(text: string): text is RccEvidenceGrade {
  return Object.hasOwn(GRADES, text);
}

/** The cqf-qualityOfEvidence extension for a grade; the CodeableConcept's text keeps RCC's own words. */
export function qualityOfEvidenceExtension(grade: RccEvidenceGrade): Extension {
  const mapping = GRADES[grade];
  return {
    url: CPG_EXTENSIONS.qualityOfEvidence,
    valueCodeableConcept: {
      coding: [{ system: SYSTEMS.evidenceQuality, code: mapping.code, display: mapping.display }],
      text: `(${grade}) ${mapping.sv}`,
    },
  };
}

/**
 * The care programme grades the evidence but does not state a strength of recommendation (no
 * "stark/svag rekommendation"), so the CPG strength extension is left out and this says so.
 */
export function strengthNotStatedExtension(): Extension {
  return notStatedExtension('strengthOfRecommendation', null);
}
