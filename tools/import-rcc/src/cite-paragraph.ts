/**
 * Rewrites the glued citation numbers of one paragraph as Pandoc-style citation groups.
 *
 * "sjukdom 83153154." becomes "sjukdom [@83; @153; @154]." Only the digits are replaced; the
 * whitespace and punctuation around them stay exactly as printed, so every sentence keeps its
 * words. Numbers that are reported rather than decided are left as printed, for an editor.
 */
import { classifyNumber, NUMBER_TOKEN, type Classification } from './classify-number.js';
import type { ReferenceRange } from './split-citations.js';

export interface NumberDecision {
  readonly token: string;
  /** Offset of the token in the paragraph as printed. */
  readonly offset: number;
  readonly result: Classification;
}

export interface CitedParagraph {
  readonly text: string;
  /** One entry per citation group, in text order. */
  readonly groups: readonly (readonly number[])[];
  /** Numbers left as printed because the text allows more than one reading. */
  readonly reports: readonly string[];
  /** Citations that were recognised but sit in an unusual place, worth an editor's look. */
  readonly notes: readonly string[];
  readonly decisions: readonly NumberDecision[];
}

/** The citation syntax of the Markdown convention. */
export function formatCitationGroup(numbers: readonly number[]): string {
  return `[@${numbers.join('; @')}]`;
}

export function citeParagraph(text: string, refs: ReferenceRange): CitedParagraph {
  const decisions: NumberDecision[] = [];
  const groups: number[][] = [];
  const reports: string[] = [];
  const notes: string[] = [];
  let out = '';
  let last = 0;
  for (const match of text.matchAll(NUMBER_TOKEN)) {
    const token = match[0];
    const offset = match.index;
    const result = classifyNumber({ token, before: text.slice(0, offset), after: text.slice(offset + token.length) }, refs);
    decisions.push({ token, offset, result });
    if (result.kind === 'report') reports.push(result.message);
    if (result.kind !== 'citation') continue;
    groups.push([...result.numbers]);
    out += text.slice(last, offset) + formatCitationGroup(result.numbers);
    last = offset + token.length;
    // A citation group is normally followed by the end of its sentence; the text "mars 2022"
    // after "166167168" suggests a lost full stop. We keep the text and point it out.
    const rest = text.slice(last);
    if (!/^[.,;:!?]?(\s|$)/u.test(rest) || /^\s+\S/u.test(rest)) {
      const following = rest.trim().split(/\s+/u).slice(0, 3).join(' ');
      notes.push(`citation "${token}" → ${result.numbers.join(', ')} is followed by "${following} …", not by the end of a sentence; text kept as printed`);
    }
  }
  out += text.slice(last);
  return { text: out, groups, reports, notes, decisions };
}
