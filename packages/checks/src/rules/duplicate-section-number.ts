import type { SectionNode } from '@guideline-as-code/model';
import { defineRule } from '../define-rule.js';

/** Two headings with the same section number. */
export const duplicateSectionNumber = defineRule({
  id: 'duplicate-section-number',
  docs: {
    examples: {
      fail: [{ markdown: '# 13 Återfall\n\n## 13.1 Kirurgi\n\n## 13.1 Strålbehandling\n' }],
      pass: [{ markdown: '# 13 Återfall\n\n## 13.1 Kirurgi\n\n## 13.2 Strålbehandling\n' }],
    },
  },
  check({ index, report }) {
    const seen = new Map<string, SectionNode>();
    for (const section of index.ofType('section')) {
      const first = seen.get(section.number);
      if (!first) {
        seen.set(section.number, section);
        continue;
      }
      report({
        message: {
          en: `Section number \`${section.number}\` is used twice (\`${first.title}\` and \`${section.title}\`).`,
          sv: `Avsnittsnummer \`${section.number}\` används två gånger (\`${first.title}\` och \`${section.title}\`).`,
        },
        source: section.source,
        related: [{ source: first.source, message: { en: 'first use', sv: 'första förekomsten' } }],
      });
    }
  },
});
