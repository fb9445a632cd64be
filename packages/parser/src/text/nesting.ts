/** A line whose block quotes and list items are nested deeper than the limit. */
export interface DeepLine {
  /** Offset of the first marker beyond the limit. */
  offset: number;
  /** How deep the line's markers go. */
  depth: number;
}

/** Deeper than any guideline needs, far below where the Markdown tools overflow the stack. */
export const nestingLimit = 32;

/**
 * Bounds how deep block quotes and list items nest, before the text is parsed: `>>>> … text`
 * or `- - - - … text` 10 000 levels deep would make the Markdown parser take minutes and its
 * tree walkers overflow the stack. Markers beyond `limit` on a line are replaced by spaces, so
 * that every offset stays the same and the rest of the file parses as before; the text under
 * them is then indented code, which is reported as not read. Returns the lines it changed,
 * to be reported.
 */
export function limitNesting(text: string, limit = nestingLimit): { text: string; deep: DeepLine[] } {
  const deep: DeepLine[] = [];
  let result = '';
  let from = 0;
  for (let start = 0; start < text.length; ) {
    const end = lineEnd(text, start);
    const blank = markersBeyond(text, start, end, limit);
    if (blank) {
      deep.push({ offset: blank.markers[0]!, depth: blank.depth });
      for (const at of blank.markers) {
        result += text.slice(from, at) + ' ';
        from = at + 1;
      }
    }
    start = end + (text[end] === '\r' && text[end + 1] === '\n' ? 2 : 1);
  }
  return { text: deep.length === 0 ? text : result + text.slice(from), deep };
}

/** The offsets of the marker characters past the limit on one line, and the line's depth. */
function markersBeyond(text: string, start: number, end: number, limit: number): { markers: number[]; depth: number } | null {
  const markers: number[] = [];
  let depth = 0;
  let at = start;
  for (;;) {
    let spaces = 0;
    while (at < end && text[at] === ' ' && spaces < 3) {
      at++;
      spaces++;
    }
    const length = markerLength(text, at, end);
    if (length === 0) break;
    depth++;
    if (depth > limit) for (let k = 0; k < length; k++) markers.push(at + k);
    at += length;
  }
  return markers.length === 0 ? null : { markers, depth };
}

/** Length of a block-quote marker (`>`) or list marker (`-`, `*`, `+`, `1.`, `1)` and a space) at `at`. */
function markerLength(text: string, at: number, end: number): number {
  const char = text[at];
  if (char === '>') return 1;
  if ((char === '-' || char === '*' || char === '+') && isSpace(text[at + 1]) && at + 1 < end) return 1;
  let digits = 0;
  while (digits < 9 && at + digits < end && /[0-9]/.test(text[at + digits]!)) digits++;
  if (digits > 0 && (text[at + digits] === '.' || text[at + digits] === ')') && isSpace(text[at + digits + 1]) && at + digits + 1 < end) return digits + 1;
  return 0;
}

function isSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\t';
}

function lineEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (text[i] === '\n' || text[i] === '\r') return i;
  return text.length;
}
