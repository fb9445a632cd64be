/** A sentence as a half-open range [start, end) of the paragraph text, without surrounding space. */
export interface SentenceRange {
  start: number;
  end: number;
}

// Swedish (and a few English) abbreviations that end in a full stop but do not end a sentence.
const abbreviations = new Set([
  'pga', 'p.g.a', 't.ex', 'bl.a', 'ca', 'dvs', 'd.v.s', 'etc', 's.k', 'jfr', 'resp', 'vs', 'nr', 'ev',
  'm.fl', 'o.s.v', 's', 'sid', 'pp', 'osv', 'kap', 'fig', 'tab', 'st', 'ff', 'e.g', 'i.e', 'et al', 'al', 'mm', 'inkl', 'exkl', 'max', 'min',
]);

const whitespace = /\s/;
// A sentence may start with a capital, a digit, a quote or an opening bracket.
const sentenceStart = /[\p{Lu}\p{N}"”“'(\[«]/u;
// An evidence grade written after the full stop, `… behandling. (+++)`, belongs to that sentence.
const gradeMark = /^\(\s*[+⊕○◯][+⊕○◯\s]*\)/;
const mixedCaseWord = /^\p{Ll}{1,3}\p{Lu}/u;
const closers = new Set([')', ']', '"', '”', '’', "'", '»']);

/**
 * Splits prose into sentences. A sentence ends at `.`, `!` or `?` (plus closing brackets or
 * quotes) followed by white space and a character that can start a sentence, unless the word
 * before the full stop is a known abbreviation. Text is never dropped: the ranges cover every
 * non-space character of the input.
 */
export function splitSentences(text: string): SentenceRange[] {
  const ranges: SentenceRange[] = [];
  let start = skipSpace(text, 0);
  for (let i = start; i < text.length; i++) {
    const char = text[i]!;
    if (char !== '.' && char !== '!' && char !== '?') continue;
    let end = i + 1;
    while (end < text.length && closers.has(text[end]!)) end++;
    if (end < text.length && !whitespace.test(text[end]!)) continue;
    let next = skipSpace(text, end);
    const grade = gradeMark.exec(text.slice(next, next + 12));
    if (grade) {
      end = next + grade[0].length;
      next = skipSpace(text, end);
    }
    if (next < text.length && !startsSentence(text, next)) continue;
    if (char === '.' && isAbbreviation(text, i)) continue;
    ranges.push({ start, end });
    start = next;
    i = next - 1;
  }
  const last = trimEnd(text, text.length);
  if (start < last) ranges.push({ start, end: last });
  return ranges;
}

/** A capital, digit, quote or bracket, or a mixed-case abbreviation such as `dMMR` or `pMMR`. */
function startsSentence(text: string, at: number): boolean {
  return sentenceStart.test(text[at]!) || mixedCaseWord.test(text.slice(at, at + 12));
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && whitespace.test(text[i]!)) i++;
  return i;
}

function trimEnd(text: string, to: number): number {
  let i = to;
  while (i > 0 && whitespace.test(text[i - 1]!)) i--;
  return i;
}

function isAbbreviation(text: string, dot: number): boolean {
  let wordStart = dot;
  while (wordStart > 0 && !whitespace.test(text[wordStart - 1]!) && text[wordStart - 1] !== '(') wordStart--;
  const word = text.slice(wordStart, dot).toLowerCase();
  return abbreviations.has(word);
}
