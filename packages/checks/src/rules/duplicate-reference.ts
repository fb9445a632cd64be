import type { ReferenceNode } from '@guideline-as-code/model';
import { defineRule } from '../define-rule.js';

/** Two entries of the reference list with the same id or the same printed number. */
export const duplicateReference = defineRule({
  id: 'duplicate-reference',
  docs: {
    examples: {
      fail: [{ markdown: '# 13 Återfall\n\nText [@1].\n', references: '- id: "1"\n- id: "1"\n' }],
      pass: [{ markdown: '# 13 Återfall\n\nText [@1; @2].\n', references: '- id: "1"\n- id: "2"\n' }],
    },
  },
  check({ index, report }) {
    const seenKeys = new Map<string, ReferenceNode>();
    const seenNumbers = new Map<number, ReferenceNode>();
    for (const reference of index.ofType('reference')) {
      const sameKey = seenKeys.get(reference.key);
      const sameNumber = reference.number === null ? undefined : seenNumbers.get(reference.number);
      const first = sameKey ?? sameNumber;
      if (first) {
        const what = sameKey ? `id \`${reference.key}\`` : `number \`${reference.number}\``;
        const vad = sameKey ? `id \`${reference.key}\`` : `nummer \`${reference.number}\``;
        report({
          message: { en: `Reference ${what} is listed twice.`, sv: `Referens med ${vad} finns två gånger.` },
          source: reference.source,
          related: [{ source: first.source, message: { en: 'first entry', sv: 'första posten' } }],
        });
      }
      if (!sameKey) seenKeys.set(reference.key, reference);
      if (reference.number !== null && !sameNumber) seenNumbers.set(reference.number, reference);
    }
  },
});
