import type { Table } from 'mdast';
import type { Source } from '@guideline-as-code/types';
import type { ChapterState } from '../chapter/state.js';
import { inlineText } from '../text/inline-text.js';
import { fieldOfHeading, isNotStated, type RegimenField } from './regimen-columns.js';

const columnList = '`Fas`, `Läkemedel`, `Dos`, `Väg`, `Intervall`, `Cykler`, `Maximal behandlingstid` or `Avsnitt`';

/** One table cell: its text and where it stands. */
export interface Cell {
  text: string;
  source: Source;
}

/** A row of a regimen table by field; a field without a column is absent. */
export type Row = Partial<Record<RegimenField, Cell>> & { source: Source };

/**
 * Reads a regimen table into rows of cells by field. An unknown heading is reported and its
 * column ignored; a row with fewer cells than the heading is read as far as it goes.
 */
export function readRegimenTable(table: Table, state: ChapterState): Row[] {
  const [header, ...body] = table.children;
  const cellText = (cell: Table['children'][number]['children'][number]): Cell => {
    const { text } = inlineText(cell, state.text, state.lines);
    const raw = text.text;
    const start = raw.length - raw.trimStart().length;
    return { text: raw.trim(), source: text.span(start, raw.trimEnd().length) };
  };
  const fields = (header?.children ?? []).map((cell) => {
    const heading = cellText(cell);
    const field = fieldOfHeading(heading.text);
    if (!field) {
      state.diagnostics.push({
        ruleId: 'regimen-table',
        severity: 'error',
        message: {
          en: `Column \`${heading.text}\` is not a regimen field; use ${columnList}.`,
          sv: `Kolumnen \`${heading.text}\` är inget regimfält; använd ${columnList}.`,
        },
        source: heading.source,
      });
    }
    return field;
  });
  return body.map((row) => {
    const cells: Row = { source: state.lines.span(row.position?.start.offset ?? 0, row.position?.end.offset ?? 0) };
    row.children.forEach((cell, index) => {
      const field = fields[index];
      if (field) cells[field] = cellText(cell);
    });
    return cells;
  });
}

/** A cell whose text says the guideline does not give this value. */
export function stated(cell: Cell | undefined): cell is Cell {
  return cell !== undefined && cell.text !== '' && !isNotStated(cell.text);
}
