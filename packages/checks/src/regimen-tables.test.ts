// The regimen tables of the real chapter 13, checked field by field against the text of the
// sections each row cites, and mutated one cell (or one `|`) at a time.
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '@guideline-as-code/types';
import { buildGuidelineGraph, readGuidelineSources, type GuidelineSources } from '@guideline-as-code/parser';
import { runChecks } from './index.js';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
let sources: GuidelineSources;
let text: string;

beforeAll(async () => {
  sources = (await readGuidelineSources(projectRoot, 'livmoderkroppscancer')).sources;
  text = sources.chapters[0]!.text;
});

function check(chapter: string): Diagnostic[] {
  return runChecks(buildGuidelineGraph({ ...sources, chapters: [{ ...sources.chapters[0]!, text: chapter }] }));
}

/** One body row of a regimen table: its line (1-based), its offset and its cells by heading. */
interface TableRow {
  line: number;
  offset: number;
  written: string;
  cells: { heading: string; text: string; offset: number }[];
}

/** The body rows of every `:::regimen` table, read from the text as an editor sees them. */
function regimenRows(chapter: string): TableRow[] {
  const lines = chapter.split('\n');
  const rows: TableRow[] = [];
  let headings: string[] | null = null;
  let offset = 0;
  let inBlock = false;
  lines.forEach((written, index) => {
    if (written.startsWith(':::regimen')) inBlock = true;
    else if (written.startsWith(':::')) (inBlock = false), (headings = null);
    else if (inBlock && written.startsWith('|') && !/^\|[\s-|]+$/.test(written)) {
      const parts = written.split('|').slice(1, -1);
      if (!headings) headings = parts.map((part) => part.trim());
      else {
        let at = offset + 1;
        const cells = parts.map((part, column) => {
          const cell = { heading: headings![column]!, text: part.trim(), offset: at + part.indexOf(part.trim()) };
          at += part.length + 1;
          return cell;
        });
        rows.push({ line: index + 1, offset, written, cells });
      }
    }
    offset += written.length + 1;
  });
  return rows;
}

/** Another value an editor could plausibly write in the column, different from `current`. */
const alternatives: Record<string, (current: string) => string> = {
  Väg: (current) => (current === 'iv' ? 'po' : 'iv'),
  Intervall: (current) => (current === 'var 3:e vecka' ? 'var 4:e vecka' : 'var 3:e vecka'),
  Cykler: (current) => (current === '6' ? '4' : '6'),
  'Maximal behandlingstid': (current) => (current === '1 år' ? '2 år' : '1 år'),
};

const errorsAt = (findings: Diagnostic[], line: number) => findings.filter((d) => d.severity === 'error' && !d.suppressed && d.source?.start.line === line);

describe('regimen tables of chapter 13 against the text they cite', () => {
  it('has rows in every table and reports none of today’s values', () => {
    const rows = regimenRows(text);
    expect(rows.length).toBe(13);
    const findings = check(text).filter((d) => d.ruleId === 'regimen-value-unstated' || d.ruleId === 'regimen-value-omitted' || d.ruleId === 'regimen-table');
    expect(findings).toEqual([]);
  });

  it('reports every route, interval, cycles and maximum duration changed to another value, as an error on its row', () => {
    const mutations = regimenRows(text).flatMap((row) =>
      row.cells.filter((cell) => alternatives[cell.heading]).map((cell) => ({ row, cell, value: alternatives[cell.heading]!(cell.text) })),
    );
    // Nine drug rows: 29 route, interval, cycles and maximum duration cells.
    expect(mutations.length).toBe(29);
    for (const { row, cell, value } of mutations) {
      const mutated = text.slice(0, cell.offset) + value + text.slice(cell.offset + cell.text.length);
      const errors = errorsAt(check(mutated), row.line).filter((d) => d.ruleId === 'regimen-value-unstated');
      expect(errors.map((d) => d.source?.start.offset), `${cell.heading} \`${cell.text}\` → \`${value}\` on line ${row.line}`).toEqual([cell.offset]);
    }
  });

  it('reports every row with one `|` removed, as an error on that row', () => {
    // Rows are read one by one, so every row loses its k-th `|` in the same mutated chapter.
    const rows = regimenRows(text);
    const pipesOf = (row: TableRow) => [...row.written.matchAll(/\|/g)].map((match) => row.offset + match.index);
    const most = Math.max(...rows.map((row) => pipesOf(row).length));
    for (let k = 0; k < most; k++) {
      const removed = rows.flatMap((row) => pipesOf(row).slice(k, k + 1).map((at) => ({ row, at })));
      let mutated = text;
      for (const { at } of [...removed].reverse()) mutated = mutated.slice(0, at) + mutated.slice(at + 1);
      const findings = check(mutated);
      for (const { row, at } of removed) {
        const errors = errorsAt(findings, row.line).filter((d) => d.ruleId === 'regimen-table');
        expect(errors.length, `line ${row.line} without the \`|\` at column ${at - row.offset + 1}`).toBe(1);
      }
    }
  });

  it('warns, naming the sentence, when the table leaves a value the text states `ej angivet`', () => {
    const row = regimenRows(text).find((one) => one.cells.some((cell) => cell.text === 'medroxiprogesteronacetat'))!;
    const route = row.cells.find((cell) => cell.heading === 'Väg')!;
    const findings = check(text.slice(0, route.offset) + 'ej angivet' + text.slice(route.offset + route.text.length));
    const omitted = findings.filter((d) => d.ruleId === 'regimen-value-omitted');
    expect(omitted.map((d) => [d.severity, d.source?.start.offset])).toEqual([['warning', route.offset]]);
    expect(omitted[0]!.message.en.replace(/\s/g, ' ')).toContain('“MPA160–200 mg/dag peroralt”');
    const sentence = omitted[0]!.related![0]!.source;
    expect(text.slice(sentence.start.offset, sentence.end.offset)).toMatch(/^Lämplig dos är då MPA160–200\smg\/dag peroralt\.?$/);
  });

  it('reads no cell of a row whose cell count differs from the heading: the row is not published', () => {
    const row = regimenRows(text).find((one) => one.cells.some((cell) => cell.text === 'tamoxifen'))!;
    const inner = row.offset + row.written.indexOf('|', 1);
    const graph = buildGuidelineGraph({ ...sources, chapters: [{ ...sources.chapters[0]!, text: text.slice(0, inner) + text.slice(inner + 1) }] }).graph;
    expect(graph.nodes.filter((node) => node.type === 'regimenComponent' && node.regimen === 'regimen:tamoxifen')).toEqual([]);
  });
});
