/** A range of offsets [start, end) in the text that was searched. */
export interface FoundRange {
  start: number;
  end: number;
}

/**
 * Finds `needle` in `haystack` as a reader sees them: both composed (Unicode NFC), so a quote
 * typed composed matches text saved decomposed (NFD) and the other way round. The range is in
 * the haystack's own offsets, whole letters included (`a` and its ring). Null when absent.
 */
export function indexOfComposed(haystack: string, needle: string): FoundRange | null {
  const target = needle.normalize('NFC');
  if (target === '') return null;
  const direct = haystack.indexOf(target);
  if (direct !== -1 && haystack === haystack.normalize('NFC')) return { start: direct, end: direct + target.length };
  const { text, starts, ends } = composedWithOffsets(haystack);
  const at = text.indexOf(target);
  if (at === -1) return null;
  return { start: starts[at]!, end: ends[at + target.length - 1]! };
}

/** The text composed letter by letter, with the source offsets each composed character spans. */
function composedWithOffsets(raw: string): { text: string; starts: number[]; ends: number[] } {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < raw.length) {
    let j = i + 1;
    // A base character and the combining marks after it compose together.
    while (j < raw.length && /\p{M}/u.test(raw[j]!)) j++;
    const cluster = raw.slice(i, j).normalize('NFC');
    for (let k = 0; k < cluster.length; k++) {
      starts.push(i);
      ends.push(j);
    }
    text += cluster;
    i = j;
  }
  return { text, starts, ends };
}
