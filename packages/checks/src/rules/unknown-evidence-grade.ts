import { defineRule } from '../define-rule.js';

/** A grade-like mark such as `(++++)` that is not one of the three grades. */
export const unknownEvidenceGrade = defineRule({
  id: 'unknown-evidence-grade',
  docs: {
    examples: {
      fail: [
        { markdown: '# 13 Återfall\n\n:::recommendations[Rekommendationer]\n- Palliativ strålbehandling är effektiv. (++++)\n:::\n' },
        { markdown: '# 13 Återfall\n\n:::recommendations[Rekommendationer]\n- Palliativ strålbehandling är effektiv. (⊕⊕⊕)\n:::\n' },
      ],
      pass: [{ markdown: '# 13 Återfall\n\n:::recommendations[Rekommendationer]\n- Palliativ strålbehandling är effektiv. (+++)\n:::\n' }],
    },
  },
  check({ index, report }) {
    for (const recommendation of index.ofType('recommendation')) {
      // Each mark with the span that writes it, so that the finding points at the mark itself.
      for (const { mark, source } of recommendation.unknownGrades ?? []) {
        report({
          message: {
            en: `Evidence grade \`${mark}\` is unknown; expected \`(+)\`, \`(++)\` or \`(+++)\`.`,
            sv: `Evidensgraden \`${mark}\` är okänd; förväntade \`(+)\`, \`(++)\` eller \`(+++)\`.`,
          },
          source,
        });
      }
    }
  },
});
