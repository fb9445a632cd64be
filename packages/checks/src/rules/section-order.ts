import type { SectionNode } from '@guideline-as-code/model';
import { defineRule } from '../define-rule.js';

/**
 * The numbers that may follow a section: its first subsection, or the next number at its
 * own level or any level above (after 13.3.1: 13.3.1.1, 13.3.2, 13.4 or 14).
 */
function allowedSuccessors(number: string): string[] {
  const parts = number.split('.').map(Number);
  const successors = [[...parts, 1].join('.')];
  for (let depth = parts.length; depth >= 1; depth--) {
    const prefix = parts.slice(0, depth);
    prefix[depth - 1]! += 1;
    successors.push(prefix.join('.'));
  }
  return successors;
}

/** Sections must follow each other in numbering order, without gaps, within a file. */
export const sectionOrder = defineRule({
  id: 'section-order',
  docs: {
    examples: {
      fail: [{ markdown: '# 13 Återfall\n\n## 13.2 Kirurgi\n\n## 13.1 Bilddiagnostik\n' }],
      pass: [{ markdown: '# 13 Återfall\n\n## 13.1 Bilddiagnostik\n\n## 13.2 Kirurgi\n\n### 13.2.1 Exenteration\n\n## 13.3 Läkemedel\n' }],
    },
  },
  check({ index, report }) {
    let previous: SectionNode | undefined;
    const seen = new Set<string>();
    for (const section of index.ofType('section')) {
      // A repeated number is `duplicate-section-number`'s finding; order is judged without it.
      if (section.number === '0' || seen.has(section.number)) continue;
      seen.add(section.number);
      const sameFile = previous?.source.file === section.source.file;
      if (previous && sameFile && !allowedSuccessors(previous.number).includes(section.number)) {
        const expected = allowedSuccessors(previous.number).map((n) => `\`${n}\``).join(', ');
        report({
          message: {
            en: `Section \`${section.number}\` follows \`${previous.number}\`; expected one of ${expected}.`,
            sv: `Avsnitt \`${section.number}\` kommer efter \`${previous.number}\`; förväntade något av ${expected}.`,
          },
          source: section.source,
          related: [{ source: previous.source, message: { en: 'previous section', sv: 'föregående avsnitt' } }],
        });
      }
      previous = section;
    }
  },
});
