import { applicableRecommendations, formatSource } from '@rcc-livmoderkroppscancer/rules';
import type { Patient } from './patient.js';

/**
 * The recommendations that apply to the patient, one line each with its evidence grade, the
 * regimens it gives and where the guideline says it; then the rules that need a fact the
 * patient record does not give.
 */
export function recommendationLines(patient: Patient): string[] {
  const { applicable, undetermined } = applicableRecommendations(patient.facts);
  const lines = applicable.map(({ recommendation, regimens }) => {
    const grade = recommendation.grade.notStated ? '' : ` — grade ${recommendation.grade.value}`;
    const gives = regimens.length > 0 ? ` → ${regimens.join(', ')}` : '';
    return `${recommendation.text.value}${grade}${gives}  [${formatSource(recommendation.source)}]`;
  });
  const open = undetermined.map(({ rule, missingFacts }) => `(needs ${missingFacts.join(', ')}) ${rule.recommendation.text.value}`);
  return [...lines, ...open];
}
