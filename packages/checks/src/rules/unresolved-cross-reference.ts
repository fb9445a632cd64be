import { defineRule } from '../define-rule.js';

/** `avsnitt 13.9` where no section 13.9 exists. */
export const unresolvedCrossReference = defineRule({
  id: 'unresolved-cross-reference',
  docs: {
    examples: {
      fail: [{ markdown: '# 13 Återfall\n\nSe avsnitt 13.9 ovan.\n' }],
      pass: [{ markdown: '# 13 Återfall\n\n## 13.1 Kirurgi\n\nSe avsnitt 13.1 ovan.\n' }],
    },
  },
  check({ index, report }) {
    for (const reference of index.ofType('crossReference')) {
      if (index.targets(reference.id, 'refersTo').length > 0) continue;
      report({
        message: {
          en: `Section \`${reference.targetNumber}\` does not exist.`,
          sv: `Avsnitt \`${reference.targetNumber}\` finns inte.`,
        },
        source: reference.source,
      });
    }
  },
});
