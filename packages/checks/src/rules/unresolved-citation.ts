import { defineRule } from '../define-rule.js';

/** A citation key that has no entry in the guideline's reference list. */
export const unresolvedCitation = defineRule({
  id: 'unresolved-citation',
  docs: {
    examples: {
      fail: [{ markdown: '# 13 Återfall\n\nPET-DT kan ha ett värde [@999].\n' }],
      pass: [{ markdown: '# 13 Återfall\n\nPET-DT kan ha ett värde [@1].\n' }],
    },
  },
  check({ index, report }) {
    for (const citation of index.ofType('citation')) {
      if (index.targets(citation.id, 'cites').length > 0) continue;
      report({
        message: {
          en: `Citation \`@${citation.key}\` has no entry in the reference list (\`references.yaml\`).`,
          sv: `Referensen \`@${citation.key}\` finns inte i referenslistan (\`references.yaml\`).`,
        },
        fix: {
          en: `Correct the number, or add an entry with \`id: "${citation.key}"\` to \`references.yaml\`.`,
          sv: `Rätta numret, eller lägg till en post med \`id: "${citation.key}"\` i \`references.yaml\`.`,
        },
        source: citation.source,
      });
    }
  },
});
