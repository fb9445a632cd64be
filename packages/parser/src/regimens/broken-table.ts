import type { Paragraph, RootContent, Table, TableCell, TableRow } from 'mdast';
import type { LineIndex } from '@guideline-as-code/types';

/**
 * A delimiter row as written, or an attempt at one: every cell starts with dashes (`| --- | -- x |`).
 * No cell of a drug row does (a value the text does not give is written `ej angivet`).
 */
const delimiterRow = /^\s*\|?\s*:?-[^|]*(\|\s*:?-[^|]*)*\|?\s*$/;

/** A regimen block's table that Markdown did not read as one, and the paragraph it became. */
export interface BrokenTable {
  paragraph: Paragraph;
  table: Table;
}

/**
 * The rows of a regimen block's table whose delimiter row is missing or broken (Markdown then
 * reads the lines as a paragraph). The table is reported as malformed; its rows are still read
 * by their pipes, so that the regimen does not lose its drugs and every dose of the chapter is
 * not compared against the wrong regimen — findings that would only follow from the one error.
 */
export function brokenTableIn(children: readonly RootContent[], text: string, lines: LineIndex): BrokenTable | null {
  for (const child of children) {
    if (child.type !== 'paragraph' || child.data?.directiveLabel) continue;
    const start = child.position?.start.offset;
    const end = child.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    const rows = linesOf(text, start, end);
    if (rows.length < 2 || !rows.every((row) => text.slice(row.start, row.end).trimStart().startsWith('|'))) continue;
    const tableRows = rows.filter((row) => !delimiterRow.test(text.slice(row.start, row.end))).map((row) => tableRow(text, row.start, row.end, lines));
    return { paragraph: child, table: { type: 'table', children: tableRows, position: { start: lines.point(start), end: lines.point(end) } } };
  }
  return null;
}

function linesOf(text: string, start: number, end: number): { start: number; end: number }[] {
  const rows: { start: number; end: number }[] = [];
  let at = start;
  while (at < end) {
    const newline = text.slice(at, end).search(/\r\n|\r|\n/);
    const lineEnd = newline === -1 ? end : at + newline;
    rows.push({ start: at, end: lineEnd });
    at = newline === -1 ? end : lineEnd + (text.startsWith('\r\n', lineEnd) ? 2 : 1);
  }
  return rows;
}

/** One line as a row: cells between unescaped pipes, the outer pipes not making empty cells. */
function tableRow(text: string, start: number, end: number, lines: LineIndex): TableRow {
  const pipes: number[] = [];
  for (let i = start; i < end; i++) if (text[i] === '|' && text[i - 1] !== '\\') pipes.push(i);
  const bounds = [start - 1, ...pipes, end];
  const cells: TableCell[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const from = bounds[i]! + 1;
    const to = bounds[i + 1]!;
    const edge = i === 0 || i === bounds.length - 2;
    if (edge && text.slice(from, to).trim() === '') continue;
    const position = { start: lines.point(from), end: lines.point(to) };
    cells.push({ type: 'tableCell', children: [{ type: 'text', value: text.slice(from, to), position }], position });
  }
  return { type: 'tableRow', children: cells, position: { start: lines.point(start), end: lines.point(end) } };
}
