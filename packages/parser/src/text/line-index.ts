import type { Point, Source } from '@guideline-as-code/model';

/**
 * Turns offsets into 1-based line/column points. Built once per file in linear time;
 * lookups are binary searches, so a 10 MB single line costs nothing extra.
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
