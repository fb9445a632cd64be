import { defineRule } from '../define-rule.js';

/** A recommendation of a recommendation box with no decision rule (`::villkor`) next to it. */
export const recommendationWithoutRule = defineRule({
  id: 'recommendation-without-rule',
  docs: {
    examples: {
      fail: [{ markdown: '# 13 Återfall\n\n:::recommendations[Rekommendationer]\n- Återfall bör verifieras histopatologiskt.\n:::\n' }],
      pass: [{ markdown: '# 13 Återfall\n\n:::recommendations[Rekommendationer]\n- Återfall bör verifieras histopatologiskt.\n  ::villkor[alltid]\n:::\n' }],
    },
  },
  check({ index, report }) {
    for (const recommendation of index.ofType('recommendation')) {
      if (index.sources(recommendation.id, 'refersTo').some((node) => node.type === 'rule')) continue;
      report({
        message: {
          en: 'This recommendation has no decision rule; add `::villkor[…]` under it (for example `::villkor[alltid]`).',
          sv: 'Rekommendationen saknar beslutsregel; lägg till `::villkor[…]` under den (till exempel `::villkor[alltid]`).',
        },
        source: recommendation.source,
      });
    }
  },
});
