import type { MappedText } from './mapped-text.js';

/** One key of a citation group, e.g. `@153` in `[@83; @153]`, with its place in the text. */
export interface CitationKey {
  key: string;
  start: number;
  end: number;
}

/** A citation group `[@83; @153; @154]` and the keys it holds. */
export interface CitationGroup {
  start: number;
  end: number;
  keys: CitationKey[];
}

// Pandoc-style group: `[@key]`, `[@a; @b]`, with a prefix and a locator (`[se @84, s. 3]`).
// Keys are letters, digits, `_`, `-`, `:` and `.`; the pattern has no nested quantifiers, so
// it runs in linear time. Items that are not `prefix @key, locator` are reported by
// `citationProblems`, never dropped silently.
const groupPattern = /\[[^\][\n@]{0,200}@[^\]\n]{0,2000}\]/g;
const keyPattern = /@([\p{L}\p{N}_][\p{L}\p{N}_:.-]*)/gu;

/** Finds the citation groups in a text, in order. */
export function findCitationGroups(text: MappedText): CitationGroup[] {
  const groups: CitationGroup[] = [];
  for (const match of text.text.matchAll(groupPattern)) {
    const start = match.index;
    const keys: CitationKey[] = [];
    for (const key of match[0].matchAll(keyPattern)) {
      const keyStart = start + key.index;
      keys.push({ key: key[1]!, start: keyStart, end: keyStart + key[0].length });
    }
    groups.push({ start, end: start + match[0].length, keys });
  }
  return groups;
}

/** The text with every citation group replaced by spaces, so offsets stay the same. */
export function maskCitations(text: string, groups: readonly CitationGroup[]): string {
  let masked = '';
  let from = 0;
  for (const group of groups) {
    masked += text.slice(from, group.start) + ' '.repeat(group.end - group.start);
    from = group.end;
  }
  return masked + text.slice(from);
}
