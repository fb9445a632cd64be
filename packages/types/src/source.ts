/** A place in a source file: 1-based line and column, 0-based offset in UTF-16 code units. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/**
 * Where something comes from: a file (relative to the project root, forward slashes) and the
 * span in it, end exclusive, as in unist. The one span shape of the toolchain: graph nodes,
 * stated values, lexicon facts and diagnostics all use it.
 */
export interface Source {
  file: string;
  start: Point;
  end: Point;
}

/** A span for a whole file, used when a problem has no finer position (e.g. undecodable bytes). */
export function wholeFile(file: string): Source {
  return { file, start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
}

/** `file:line:column`, the form editors and terminals turn into a link. */
export function formatSource(source: Source): string {
  return `${source.file}:${source.start.line}:${source.start.column}`;
}

/**
 * Turns offsets into 1-based line/column points: the one offset→position helper of the
 * toolchain. Built once per file in linear time; lookups are binary searches, so a 10 MB
 * single line costs nothing extra.
 *
 * A line ends at LF, at CRLF or at a lone CR, as in CommonMark and in editors: a file saved
 * with old Mac line endings must not be reported as one long line.
 */
export class LineIndex {
  readonly file: string;
  private readonly lineStarts: number[] = [0];

  constructor(file: string, text: string) {
    this.file = file;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) this.lineStarts.push(i + 1);
    }
  }

  point(offset: number): Point {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - this.lineStarts[low]! + 1, offset };
  }

  span(start: number, end: number): Source {
    return { file: this.file, start: this.point(start), end: this.point(Math.max(start, end)) };
  }
}
