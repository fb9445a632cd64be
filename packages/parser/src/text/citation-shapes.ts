import type { LocalizedText } from '@guideline-as-code/types';
import type { CitationGroup } from './citations.js';

/** Something shaped like a citation that is not one, with its place in the paragraph text. */
export interface CitationProblem {
  start: number;
  end: number;
  severity: 'error' | 'warning';
  message: LocalizedText;
}

/**
 * One item of a citation group, as pandoc writes it: an optional prefix of words, the key, and
 * an optional locator after a comma: `@84`, `se @84`, `@84, s. 3`, `see @84, pp. 3–5`.
 */
const itemPattern = /^\s*(?:[^@;\]]*?\s)?@[\p{L}\p{N}_][\p{L}\p{N}_:.-]*(?:\s*,\s*[^;\]@]+)?\s*$/u;
// `[83]`, `[83, 84]`, `[83–85]`: reference numbers without `@`.
const bareNumbers = /\[\s*\d{1,4}(?:\s*[,;–-]\s*\d{1,4})*\s*\]/g;
// `tumörer.83153154`: citation numbers glued to the end of a sentence, as text copied from a PDF has them.
// The full stop comes first so that V8 scans for it, instead of trying the look-behind at every
// character (that took 20 ms of a check of chapter 13); the look-behind then covers it too.
const gluedNumbers = /\.(?<=\p{L}{3}\.)(\d{2,})(?=\s|$)/gu;

const syntax = '`[@84]`, `[@84; @85]`, `[@84, s. 3]` or `[se @84, s. 3]`';

/**
 * The citation-shaped text of a paragraph that is not a valid citation: an item of a `[@…]`
 * group that is not `prefix @key, locator`, reference numbers in brackets without `@`, and
 * numbers glued after a full stop. `masked` is the text with the valid groups blanked out.
 */
export function citationProblems(text: string, groups: readonly CitationGroup[], masked: string): CitationProblem[] {
  const problems: CitationProblem[] = [];
  for (const group of groups) {
    let at = group.start + 1;
    for (const item of text.slice(group.start + 1, group.end - 1).split(';')) {
      if (!itemPattern.test(item)) {
        const start = at + (item.length - item.trimStart().length);
        problems.push({
          start,
          end: Math.max(start + 1, at + item.trimEnd().length),
          severity: 'error',
          message: {
            en: `\`${item.trim()}\` in this citation is not a reference key: write ${syntax}. It was left out of the citations.`,
            sv: `\`${item.trim()}\` i denna hänvisning är ingen referensnyckel: skriv ${syntax}. Den lämnades utanför hänvisningarna.`,
          },
        });
      }
      at += item.length + 1;
    }
  }
  for (const match of masked.matchAll(bareNumbers)) {
    problems.push({
      start: match.index,
      end: match.index + match[0].length,
      severity: 'warning',
      message: {
        en: `\`${match[0]}\` looks like a citation without \`@\` and was not read as one; write ${syntax}.`,
        sv: `\`${match[0]}\` ser ut som en hänvisning utan \`@\` och lästes inte som en; skriv ${syntax}.`,
      },
    });
  }
  for (const match of masked.matchAll(gluedNumbers)) {
    const start = match.index + 1;
    problems.push({
      start,
      end: start + match[1]!.length,
      severity: 'warning',
      message: {
        en: `\`${match[1]}\` after the full stop looks like reference numbers left over from a copied text, not read as citations; write ${syntax}, or remove them.`,
        sv: `\`${match[1]}\` efter punkten ser ut som referensnummer kvar från en kopierad text och lästes inte som hänvisningar; skriv ${syntax}, eller ta bort dem.`,
      },
    });
  }
  return problems.sort((a, b) => a.start - b.start);
}
