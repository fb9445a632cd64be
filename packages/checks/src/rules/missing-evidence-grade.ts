import type { GraphIndex, RecommendationNode } from '@guideline-as-code/model';
import { defineRule } from '../define-rule.js';

// Words that make a recommendation one about drug treatment or radiotherapy.
const treatmentWords = /cytostatik|kemoterapi|immunterapi|hormonbehandling|strålbehandling|brachyterapi|läkemedel|chemotherap|immunotherap|radiotherap/i;

/** Whether a recommendation is about drug treatment or radiotherapy: it names a drug or such a treatment. */
function isTreatmentRecommendation(recommendation: RecommendationNode, index: GraphIndex): boolean {
  if (treatmentWords.test(recommendation.text.value)) return true;
  return index
    .targets(recommendation.id, 'contains')
    .some((statement) => index.targets(statement.id, 'mentions').some((target) => target.type === 'drug'));
}

/** A recommendation on drug treatment or radiotherapy that gives no evidence grade. */
export const missingEvidenceGrade = defineRule({
  id: 'missing-evidence-grade',
  docs: {
    examples: {
      fail: [{ markdown: '# 13 Återfall\n\n:::recommendations[Rekommendationer]\n- Palliativ strålbehandling är i många fall effektiv.\n:::\n' }],
      pass: [
        { markdown: '# 13 Återfall\n\n:::recommendations[Rekommendationer]\n- Palliativ strålbehandling är i många fall effektiv. (++)\n- Återfall bör verifieras histopatologiskt.\n:::\n' },
        // A grade in another notation is an unknown grade (`unknown-evidence-grade`), not a missing one.
        { markdown: '# 13 Återfall\n\n:::recommendations[Rekommendationer]\n- Palliativ strålbehandling är i många fall effektiv. (⊕⊕⊕)\n:::\n' },
      ],
    },
  },
  check({ index, report }) {
    for (const recommendation of index.ofType('recommendation')) {
      if (!recommendation.grade.notStated || recommendation.gradeText) continue;
      if (!isTreatmentRecommendation(recommendation, index)) continue;
      report({
        message: {
          en: 'This recommendation on drug treatment or radiotherapy has no evidence grade; expected `(+)`, `(++)` or `(+++)`.',
          sv: 'Rekommendationen om läkemedels- eller strålbehandling saknar evidensgrad; förväntade `(+)`, `(++)` eller `(+++)`.',
        },
        source: recommendation.source,
      });
    }
  },
});
