import type { ContainerDirective } from 'mdast-util-directive';
import type { RegimenComponentNode, RegimenNode } from '@guideline-as-code/model';
import type { LocalizedText, Source } from '@guideline-as-code/types';
import { intensityPerWeek, parseDoses, readScheduleWords, type DrugLexicon, type OpenRange } from '@guideline-as-code/dose';
import type { ChapterState } from '../chapter/state.js';
import { readRegimenTable, stated, type Cell, type Row } from './read-regimen-table.js';
import { regimenFieldNames } from './regimen-columns.js';
import { regimenKey } from './regimen-names.js';

const intents = { palliativ: 'palliative', palliative: 'palliative', kurativ: 'curative', curative: 'curative' } as const;

/**
 * Reads a `:::regimen[Name]{#id intent=palliativ}` block: a table whose rows are the drugs of
 * the regimen (or, for radiotherapy, alternative fractionations). Values are read with the
 * same grammar as prose; a cell saying `ej angivet` is recorded as not stated, never filled in.
 */
export function regimenReader(lexicon: DrugLexicon) {
  return (node: ContainerDirective, state: ChapterState, readBlock: (node: ContainerDirective['children'][number]) => void): void => {
    const section = state.section!;
    const key = regimenKey(node, state);
    const source = state.lines.span(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
    if (!key) return report(state, source, {
      en: 'A regimen block needs a name: `:::regimen[KarPak]{#karpak}`.',
      sv: 'Ett regimblock behöver ett namn: `:::regimen[KarPak]{#karpak}`.',
    });
    const table = node.children.find((child) => child.type === 'table');
    readOtherBlocks(node, table, state, readBlock);
    const rows = table ? readRegimenTable(table, state) : [];
    const kind = rows.some((row) => stated(row.drug)) ? 'drug' : 'radiotherapy';
    const regimen = state.builder.add<RegimenNode>({
      id: `regimen:${key.key}`,
      type: 'regimen',
      source,
      key: key.key,
      name: key.name,
      kind,
      intent: readIntent(node.attributes?.['intent'], source, state),
      section: section.id,
    });
    state.builder.link('contains', section.id, regimen.id);
    if (!table) report(state, source, {
      en: `Regimen \`${key.name}\` has no table of drugs and doses.`,
      sv: `Regimen \`${key.name}\` saknar tabell med läkemedel och doser.`,
    });
    rows.forEach((row, index) => {
      const component = readComponent(row, index, regimen, lexicon, state);
      state.builder.link('contains', regimen.id, component.id);
      if (component.drug) state.builder.link('refersTo', component.id, component.drug);
    });
  };
}

function readComponent(row: Row, index: number, regimen: RegimenNode, lexicon: DrugLexicon, state: ChapterState): RegimenComponentNode {
  const fields: Record<string, Source> = {};
  const notStated: string[] = [];
  const read = <T>(name: string, cell: Cell | undefined, value: (cell: Cell) => T | null): T | null => {
    if (cell) fields[name] = cell.source;
    if (!stated(cell)) {
      notStated.push(name);
      return null;
    }
    const result = value(cell);
    if (result === null) unreadable(name, cell, state);
    return result;
  };
  const drug = read('drug', row.drug, (cell) => state.vocabulary.drugs.find(cell.text)[0]?.target ?? null);
  const drugName = drug === null ? '' : (lexicon.drugs.find((entry) => `drug:${entry.id}` === drug)?.name ?? '');
  const dose = read('dose', row.dose, (cell) => parseDoses(`${drugName} ${cell.text}`.trim(), lexicon, { checkRanges: false, checkKinds: false }).doses[0] ?? null);
  const schedule = read('interval', row.interval, (cell) => {
    const words = readScheduleWords(cell.text);
    return words.understood && words.intervalDays ? words : null;
  });
  const route = read('route', row.route, (cell) => readScheduleWords(cell.text).route);
  const cycles = read('cycles', row.cycles, (cell) => readCycles(cell.text));
  const maxDuration = read('maxDuration', row.maxDuration, (cell) => readScheduleWords(`maximalt ${cell.text}`).maxDuration);
  if (row.phase) fields['phase'] = row.phase.source;
  const statedIn = read('sections', row.sections, (cell) => sectionsIn(cell, state)) ?? [];
  const intervalDays = schedule?.intervalDays ?? dose?.intervalDays ?? null;
  const pause = schedule?.pause ?? dose?.pause ?? null;
  const amounts = { amount: dose?.amount ?? null, unit: dose?.unit ?? null, doseKind: dose?.doseKind ?? null };
  return state.builder.add<RegimenComponentNode>({
    id: `regimenComponent:${regimen.key}/${index + 1}`,
    type: 'regimenComponent',
    source: row.source,
    regimen: regimen.id,
    phase: row.phase && /^\d+$/.test(row.phase.text) ? Number(row.phase.text) : 1,
    drug,
    drugText: row.drug && stated(row.drug) ? row.drug.text : null,
    ...amounts,
    route,
    intervalDays,
    pause,
    cycles: cycles && typeof cycles !== 'string' ? cycles : null,
    ...(typeof cycles === 'string' ? { cyclesText: cycles } : {}),
    maxDuration,
    fractionation: dose?.fractionation ?? null,
    intensityPerWeek: intensityPerWeek({ ...amounts, intervalDays, pause }),
    statedIn,
    // In a radiotherapy regimen a missing column is a field that does not apply, not one left unsaid.
    notStated: notStated.filter((name) => name !== 'sections' && (regimen.kind === 'drug' || name in row)),
    fields,
  });
}

/** Only a label and a table belong in a regimen block: anything else is reported, then read as prose. */
function readOtherBlocks(node: ContainerDirective, table: unknown, state: ChapterState, readBlock: (node: ContainerDirective['children'][number]) => void): void {
  for (const child of node.children) {
    if (child === table || (child.type === 'paragraph' && child.data?.directiveLabel)) continue;
    const source = state.lines.span(child.position?.start.offset ?? 0, child.position?.end.offset ?? 0);
    report(state, source, {
      en: 'Only a table belongs in a regimen block; this was read as ordinary text. Move it before or after the block.',
      sv: 'Bara en tabell hör hemma i ett regimblock; detta lästes som vanlig text. Flytta det före eller efter blocket.',
    });
    readBlock(child);
  }
}

/**
 * The sections an `Avsnitt` cell lists (`13, 13.3.1`) as section ids. They are checked like
 * any cross-reference: `unresolved-cross-reference` reports a number that does not exist.
 */
function sectionsIn(cell: Cell, state: ChapterState): string[] | null {
  const numbers = cell.text.split(/[,;\s]+/).filter(Boolean);
  if (!numbers.every((number) => /^\d+(\.\d+)*$/.test(number))) return null;
  return numbers.map((number) => `section:${number}`);
}

/** `4`, `6–8`, `i 4 cykler`, `upp till 35 cykler`, or words such as `till progress` kept as text. */
function readCycles(text: string): OpenRange | string {
  const plain = /^(\d+)(?:\s*[–-]\s*(\d+))?$/.exec(text);
  if (plain) return { low: Number(plain[1]), high: Number(plain[2] ?? plain[1]) };
  return readScheduleWords(text).cycles ?? text;
}

function readIntent(value: string | null | undefined, source: Source, state: ChapterState): RegimenNode['intent'] {
  if (value === undefined || value === null || value === '' || /^ej angivet$/i.test(value)) return null;
  const intent = intents[value.toLowerCase() as keyof typeof intents];
  if (!intent) report(state, source, {
    en: `Intent \`${value}\` is unknown; write \`palliativ\` or \`kurativ\`.`,
    sv: `Syftet \`${value}\` är okänt; skriv \`palliativ\` eller \`kurativ\`.`,
  });
  return intent ?? null;
}

function unreadable(field: string, cell: Cell, state: ChapterState): void {
  const name = regimenFieldNames[field] ?? { en: field, sv: field };
  report(state, cell.source, {
    en: `\`${cell.text}\` cannot be read as the regimen's ${name.en}; write it as in the text (e.g. \`175 mg/m2\`, \`var 3:e vecka\`, \`6\`) or \`ej angivet\`.`,
    sv: `\`${cell.text}\` går inte att läsa som regimens ${name.sv}; skriv som i texten (t.ex. \`175 mg/m2\`, \`var 3:e vecka\`, \`6\`) eller \`ej angivet\`.`,
  });
}

function report(state: ChapterState, source: Source, message: LocalizedText): void {
  state.diagnostics.push({ ruleId: 'regimen-table', severity: 'error', message, source });
}
