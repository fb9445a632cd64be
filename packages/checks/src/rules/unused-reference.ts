import { defineRule } from '../define-rule.js';

/** A reference-list entry that no citation in the text points to. */
export const unusedReference = defineRule({
  id: 'unused-reference',
  docs: {
    examples: {
      fail: [{ markdown: '# 13 Återfall\n\nPET-DT kan ha ett värde [@1].\n', references: '- id: "1"\n- id: "2"\n' }],
      pass: [{ markdown: '# 13 Återfall\n\nPET-DT kan ha ett värde [@1; @2].\n', references: '- id: "1"\n- id: "2"\n' }],
    },
  },
  check({ index, report }) {
    for (const reference of index.ofType('reference')) {
      if (index.sources(reference.id, 'cites').length > 0) continue;
      report({
        message: {
          en: `Reference \`${reference.key}\` is not cited anywhere in the text.`,
          sv: `Referensen \`${reference.key}\` citeras inte någonstans i texten.`,
        },
        source: reference.source,
      });
    }
  },
});
