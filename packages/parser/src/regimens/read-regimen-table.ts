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
export type Row = Partial<Record<RegimenField, Cell>> & { source: Source; /** Its place among the table's rows, from 0. */ index: number };

/**
 * Reads a regimen table into rows of cells by field. An unknown heading is reported and its
 * column ignored. A row whose cell count differs from the heading's is reported and not read
 * at all: a missing `|` shifts every later cell into the wrong column, so no cell of it can be
 * trusted.
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
  const edges = header ? pipeEdges(header, state.text) : null;
  return body.flatMap((row, index) => {
    const cells: Row = { source: state.lines.span(row.position?.start.offset ?? 0, row.position?.end.offset ?? 0), index };
    if (row.children.length !== fields.length) {
      reportRow(state, cells.source, {
        en: `This row has ${row.children.length} cells but the heading has ${fields.length}, so its cells were not read: a \`|\` is missing or one too many. Write one cell per column (\`ej angivet\` for a value the text does not give).`,
        sv: `Raden har ${row.children.length} celler men rubrikraden ${fields.length}, så cellerna lästes inte: ett \`|\` saknas eller är för mycket. Skriv en cell per kolumn (\`ej angivet\` för ett värde som texten inte anger).`,
      });
      return [];
    }
    const own = pipeEdges(row, state.text);
    if (edges && own && (own.leading !== edges.leading || own.trailing !== edges.trailing)) {
      const side = own.leading !== edges.leading ? { en: 'begin', sv: 'börjar' } : { en: 'end', sv: 'slutar' };
      reportRow(state, cells.source, {
        en: `This row does not ${side.en} with \`|\` as the heading does; write every row like the heading, so that a missing \`|\` shows.`,
        sv: `Raden ${side.sv} inte med \`|\` som rubrikraden gör; skriv varje rad som rubrikraden, så att ett saknat \`|\` syns.`,
      });
    }
    row.children.forEach((cell, column) => {
      const field = fields[column];
      if (field) cells[field] = cellText(cell);
    });
    return [cells];
  });
}

/** Whether a table row as written starts and ends with a pipe. */
function pipeEdges(row: Table['children'][number], text: string): { leading: boolean; trailing: boolean } | null {
  const start = row.position?.start.offset;
  const end = row.position?.end.offset;
  if (start === undefined || end === undefined) return null;
  const written = text.slice(start, end).trim();
  return { leading: written.startsWith('|'), trailing: written.endsWith('|') && !written.endsWith('\\|') };
}

function reportRow(state: ChapterState, source: Source, message: { en: string; sv: string }): void {
  state.diagnostics.push({ ruleId: 'regimen-table', severity: 'error', message, source });
}

/** A cell whose text says the guideline does not give this value. */
export function stated(cell: Cell | undefined): cell is Cell {
  return cell !== undefined && cell.text !== '' && !isNotStated(cell.text);
}
