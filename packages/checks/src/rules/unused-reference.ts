import { defineRule } from '../define-rule.js';

/** A reference-list entry that no citation in the text points to. */
export const unusedReference = defineRule({
  id: 'unused-reference',
  severity: 'warning',
  docs: {
    summary: {
      en: 'Every entry of `references.yaml` should be cited somewhere in the text.',
      sv: 'Varje post i `references.yaml` bör citeras någonstans i texten.',
    },
    why: {
      en: 'An uncited reference is often left over after an edit, or its citation was mistyped.',
      sv: 'En referens som inte citeras är ofta kvar efter en ändring, eller så är citeringen felskriven.',
    },
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
