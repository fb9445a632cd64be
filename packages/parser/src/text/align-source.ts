/**
 * Where each character of a text node's value stands in the source, when the value is not a
 * plain copy of the source slice. Markdown changes the text between source and value: an
 * escape (`\*` is `*`), a character reference (`&amp;` is `&`), NUL (read as U+FFFD), the
 * indentation and `>` markers of continuation lines, the white space before a line ending, the
 * backticks of inline code. Without this, every character of such a node would point at the
 * node's start, and a finding at the end of a long paragraph would be reported at its first
 * line.
 *
 * Returns, for each UTF-16 unit of `value`, the half-open source range [start, end) it was
 * read from. Linear in the length of the slice; never throws: a character that cannot be
 * matched points at the place where matching stopped.
 */
export function alignSource(value: string, fileText: string, start: number, end: number): { starts: number[]; ends: number[] } {
  const starts: number[] = new Array<number>(value.length);
  const ends: number[] = new Array<number>(value.length);
  let j = start;
  let i = 0;
  while (i < value.length) {
    const char = value[i]!;
    let matched = false;
    while (j < end && !matched) {
      const source = fileText[j]!;
      const ref = source === '&' ? referenceAt(fileText, j, end) : null;
      if (ref !== null && value.startsWith(ref, i) === false) {
        // A character reference stands for one code point (two units for one outside the BMP).
        const units = isHighSurrogate(char) ? 2 : 1;
        for (let k = 0; k < units && i < value.length; k++, i++) {
          starts[i] = j;
          ends[i] = j + ref.length;
        }
        j += ref.length;
        matched = true;
      } else if (source === char || (char === '\uFFFD' && source === '\u0000') || (isSpace(char) && isSpace(source))) {
        starts[i] = j;
        ends[i] = j + 1;
        i += 1;
        j += 1;
        matched = true;
      } else if (source === '\\' && fileText[j + 1] === char) {
        starts[i] = j;
        ends[i] = j + 2;
        i += 1;
        j += 2;
        matched = true;
      } else if (skippable.has(source)) {
        j += 1;
      } else {
        // Out of step (should not happen): point here and go on with the next character.
        break;
      }
    }
    if (!matched) {
      starts[i] = Math.min(j, end);
      ends[i] = Math.min(j + 1, Math.max(end, j));
      i += 1;
    }
  }
  return { starts, ends };
}

// `&amp;`, `&#233;`, `&#xE9;`, as CommonMark defines character references.
const reference = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/y;

/**
 * The character reference at `at`, if one is written there. Whether Markdown decoded it
 * (`&amp;`) or kept it as text (`&nosuchname;`) the caller tells from the value.
 */
function referenceAt(text: string, at: number, end: number): string | null {
  reference.lastIndex = at;
  const match = reference.exec(text);
  return match && reference.lastIndex <= end ? match[0] : null;
}
// Source characters that are syntax, not text: container markers, indentation, code fences.
const skippable = new Set([' ', '\t', '\r', '\n', '>', '`', '\\', '&']);

function isSpace(char: string): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r';
}

function isHighSurrogate(char: string): boolean {
  const code = char.charCodeAt(0);
  return code >= 0xd800 && code <= 0xdbff;
}
