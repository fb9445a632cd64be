import { defineRule } from '../define-rule.js';

/** `avsnitt 13.9` where no section 13.9 exists. */
export const unresolvedCrossReference = defineRule({
  id: 'unresolved-cross-reference',
  severity: 'error',
  docs: {
    summary: {
      en: 'A reference to another section (`avsnitt 13.3.2.1`) must name an existing section.',
      sv: 'En hänvisning till ett annat avsnitt (`avsnitt 13.3.2.1`) måste gälla ett avsnitt som finns.',
    },
    why: {
      en: 'Sections are renumbered when the guideline is revised; a stale number misleads the reader.',
      sv: 'Avsnitt numreras om när vårdprogrammet revideras; ett inaktuellt nummer vilseleder läsaren.',
    },
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
