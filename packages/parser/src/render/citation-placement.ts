import type { CitationNode, StatementNode } from '@guideline-as-code/model';

/** A piece of a rendered sentence: plain text, or a citation group written as `[@83; @153]`. */
export type SentencePiece = { kind: 'text'; text: string } | { kind: 'citations'; keys: string[] };

/**
 * Puts a statement's citations back into its text. The statement keeps its sentence without
 * the citation groups, and each citation keeps its source position. The group goes back to
 * the place the source had it, estimated from the distance to the start of the sentence less
 * what earlier groups took; inline markup and cleaned characters make that estimate too
 * large, so the group goes to the nearest place at or before it where a citation can stand:
 * after a word and before its trailing punctuation, white space or the end (never inside a
 * word, a number such as `13.3.2.1` or a grade such as `(+++)`). Reading the text again then
 * gives the same sentences, with each citation in the same sentence. Keys that stood next to
 * each other (`@83; @153`) stay in one group.
 */
export function placeCitations(statement: StatementNode, citations: readonly CitationNode[]): SentencePiece[] {
  const text = statement.text.value;
  const places = citationPlaces(text);
  const pieces: SentencePiece[] = [];
  let from = 0;
  let removed = 0;
  for (const group of groupCitations(citations)) {
    const bracket = group[0]!.source.start.offset - 1;
    const length = group.at(-1)!.source.end.offset + 1 - bracket;
    // One space before a group, as the convention writes it; it was dropped with the group.
    const estimate = bracket - statement.source.start.offset - removed - 1;
    removed += length + 1;
    const at = nearestPlace(places, estimate, from);
    if (at > from) pieces.push({ kind: 'text', text: text.slice(from, at) });
    pieces.push({ kind: 'citations', keys: group.map((citation) => citation.key) });
    from = at;
  }
  if (from < text.length || pieces.length === 0) pieces.push({ kind: 'text', text: text.slice(from) });
  return pieces;
}

/** Citations whose keys stand at most `; ` apart were one group. */
function groupCitations(citations: readonly CitationNode[]): CitationNode[][] {
  const groups: CitationNode[][] = [];
  for (const citation of citations) {
    const group = groups.at(-1);
    const previous = group?.at(-1);
    if (group && previous && citation.source.start.offset - previous.source.end.offset <= 2 && citation.source.start.offset > previous.source.end.offset) group.push(citation);
    else groups.push([citation]);
  }
  return groups;
}

const trailing = /^[.,;:!?)\]"”’'»]*(?:\s|$)/u;

/**
 * The places in a sentence where a citation group can stand: the start, the end, and every
 * place after a word with a letter or digit in it that is followed by white space or by
 * punctuation that itself ends at white space or the end (`sjukdom|.`, `0,041|).`,
 * `0,041)|.`). Not inside a word, a number, or a mark such as the grade `(+++)`.
 */
function citationPlaces(text: string): number[] {
  const places = [0];
  let wordStart = 0;
  for (let at = 1; at <= text.length; at++) {
    const before = text[at - 1]!;
    if (/\s/.test(before)) {
      wordStart = at;
      continue;
    }
    // Not inside a mark without letters or digits, such as the grade `(+++)`.
    const word = text.slice(wordStart, at);
    if (at === text.length || (/[\p{L}\p{N}]/u.test(word) && trailing.test(text.slice(at, at + 12)))) places.push(at);
  }
  return places;
}

/**
 * The estimate itself when a citation can stand there; else one more (the estimate assumed a
 * space before the group, which a glued group such as `13.3.2.1[@84]` does not have); else
 * the last place before that (markup made the estimate too large); never before `from`.
 */
function nearestPlace(places: readonly number[], estimate: number, from: number): number {
  const wanted = Math.max(estimate, from);
  if (places.includes(wanted)) return wanted;
  if (places.includes(wanted + 1)) return wanted + 1;
  let best = -1;
  for (const place of places) {
    if (place < from) continue;
    if (place <= wanted + 1) best = place;
    else return best === -1 ? place : best;
  }
  return best === -1 ? from : best;
}
