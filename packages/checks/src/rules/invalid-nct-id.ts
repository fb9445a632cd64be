import { defineRule } from '../define-rule.js';

const validNct = /^NCT\d{8}$/;

/** A ClinicalTrials.gov id that is not `NCT` followed by exactly eight digits. */
export const invalidNctId = defineRule({
  id: 'invalid-nct-id',
  docs: {
    examples: {
      fail: [{ markdown: '# 13 Återfall\n\nStudien (NCT0463487) pågår.\n' }],
      pass: [{ markdown: '# 13 Återfall\n\nStudien (NCT04634877) pågår.\n' }],
    },
  },
  check({ index, report }) {
    for (const mention of index.ofType('mention')) {
      if (mention.kind !== 'trial' || !/^NCT/i.test(mention.text) || validNct.test(mention.text)) continue;
      const digits = mention.text.replace(/^NCT/i, '').length;
      report({
        message: {
          en: `Trial id \`${mention.text}\` has ${digits} digits; an NCT id has 8.`,
          sv: `Studie-id \`${mention.text}\` har ${digits} siffror; ett NCT-nummer har 8.`,
        },
        source: mention.source,
      });
    }
  },
});
