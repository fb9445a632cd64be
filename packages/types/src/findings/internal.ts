import { findingsOf } from './finding-definition.js';

/** Findings about the tool itself rather than the guideline. */
export const internalFindings = findingsOf('internal', {
  'internal-error': {
    severity: 'error',
    summary: { en: 'A rule that failed with an error instead of reporting findings.', sv: 'En regel som avbröts av ett fel i stället för att rapportera fynd.' },
    why: {
      en: 'This is a bug in the tool, not in the guideline. The other rules still run, so the rest of the guideline is still checked; please report it.',
      sv: 'Det är ett fel i verktyget, inte i vårdprogrammet. De andra reglerna körs ändå, så resten av vårdprogrammet kontrolleras; rapportera gärna felet.',
    },
  },
});
