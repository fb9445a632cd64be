import { defineRule } from '../define-rule.js';

/** A recommendation of a recommendation box with no decision rule (`::villkor`) next to it. */
export const recommendationWithoutRule = defineRule({
  id: 'recommendation-without-rule',
  severity: 'warning',
  docs: {
    summary: {
      en: 'Every bullet of a recommendation box has a decision rule (`::villkor[…]`) saying for which patients it applies.',
      sv: 'Varje punkt i en rekommendationsruta har en beslutsregel (`::villkor[…]`) som säger för vilka patienter den gäller.',
    },
    why: {
      en: 'Decision-support apps can only offer a recommendation whose conditions are written down; `alltid` says it applies to every patient.',
      sv: 'Beslutsstöd kan bara föreslå en rekommendation vars villkor är nedskrivna; `alltid` säger att den gäller alla patienter.',
    },
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
