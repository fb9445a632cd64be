import { defineRule } from '../define-rule.js';

const known = new Set(['(+)', '(++)', '(+++)']);

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
      const marks = recommendation.gradeText?.split(' ') ?? [];
      for (const mark of marks.filter((m) => !known.has(m))) {
        report({
          message: {
            en: `Evidence grade \`${mark}\` is unknown; expected \`(+)\`, \`(++)\` or \`(+++)\`.`,
            sv: `Evidensgraden \`${mark}\` är okänd; förväntade \`(+)\`, \`(++)\` eller \`(+++)\`.`,
          },
          source: recommendation.source,
        });
      }
    }
  },
});
