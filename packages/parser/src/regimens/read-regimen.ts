import { regimenComponentId } from '../ids/regimen-component-id.js';
import type { ContainerDirective } from 'mdast-util-directive';
import type { DoseStatementNode, NumberRange, RegimenComponentNode, RegimenNode, SchedulePause } from '@guideline-as-code/model';
import { statedValue, type Derived, type Field, type LocalizedText, type NotStated, type Source } from '@guideline-as-code/types';
import { findDrug, intensityPerWeek, parseDoses, readScheduleWords, type DrugLexicon, type OpenRange } from '@guideline-as-code/dose';
import { attributeSpans } from '../text/directive-attributes.js';
import { notStatedAt, silent, statedAt } from '../text/stated.js';
import type { ChapterState } from '../chapter/state.js';
import { brokenTableIn } from './broken-table.js';
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
    const found = node.children.find((child) => child.type === 'table');
    const broken = found ? null : brokenTableIn(node.children, state.text, state.lines);
    const table = found ?? broken?.table;
    readOtherBlocks(node, found ?? broken?.paragraph, state, readBlock);
    if (broken) reportBrokenTable(broken.paragraph, state);
    const rows = table ? readRegimenTable(table, state) : [];
    const attributes = attributeSpans(state.text, state.lines, source.start.offset, source.end.offset);
    const kind = rows.some((row) => stated(row.drug)) ? 'drug' : 'radiotherapy';
    const regimen = state.builder.add<RegimenNode>({
      id: `regimen:${key.key}`,
      type: 'regimen',
      source,
      key: key.key,
      // The label writes the name; a block without one (`:::regimen{#karpak}`) is named by its id.
      name: statedAt(key.name, key.label ?? attributes.get(`#${key.key}`) ?? source, state.text),
      kind,
      intent: readIntent(node.attributes?.['intent'], attributes.get('intent') ?? null, source, state),
      section: section.id,
    });
    state.builder.link('contains', section.id, regimen.id);
    if (!table) report(state, source, {
      en: `Regimen \`${key.name}\` has no table of drugs and doses.`,
      sv: `Regimen \`${key.name}\` saknar tabell med läkemedel och doser.`,
    });
    rows.forEach((row) => {
      const component = readComponent(row, row.index, regimen, lexicon, state);
      state.builder.link('contains', regimen.id, component.id);
      if (component.drug) state.builder.link('refersTo', component.id, component.drug);
    });
  };
}

function readComponent(row: Row, index: number, regimen: RegimenNode, lexicon: DrugLexicon, state: ChapterState): RegimenComponentNode {
  // In a radiotherapy regimen a missing column is a field that does not apply: silent, not a cell.
  const read = <T>(name: string, cell: Cell | undefined, value: (cell: Cell) => T | null): { value: T | null; field: Field<T> } => {
    const place = cell?.source ?? null;
    if (!stated(cell)) return { value: null, field: notStatedAt(place, state.text) };
    const result = value(cell);
    if (result === null) {
      unreadable(name, cell, state);
      return { value: null, field: notStatedAt(cell.source, state.text) };
    }
    return { value: result, field: statedAt(result, cell.source, state.text) };
  };
  const drug = read('drug', row.drug, (cell) => state.vocabulary.drugs.find(cell.text)[0]?.target ?? null).value;
  const drugName = drug === null ? '' : (findDrug(lexicon, drug.slice('drug:'.length))?.name ?? '');
  const dose = read('dose', row.dose, (cell) => parseDoses(`${drugName} ${cell.text}`.trim(), lexicon, { checkRanges: false, checkKinds: false }).doses[0] ?? null);
  const schedule = read('interval', row.interval, (cell) => {
    const words = readScheduleWords(cell.text);
    return words.understood && words.intervalDays ? words : null;
  });
  const route = read('route', row.route, (cell) => readScheduleWords(cell.text).route).field;
  const cycles = read('cycles', row.cycles, (cell) => readCycles(cell.text));
  const maxDuration = read('maxDuration', row.maxDuration, (cell) => readScheduleWords(`maximalt ${cell.text}`).maxDuration).field;
  const statedIn = read('sections', row.sections, (cell) => sectionsIn(cell, state)).field;
  // A value of the dose cell (or of the interval cell, which wins over an interval in the dose).
  // A value the cell does not hold is silent, unless the cell itself says "ej angivet".
  const unsaid = (cell: Field<unknown>): NotStated => (cell.notStated ? cell : silent);
  const fromDose = <T>(value: T | null | undefined): Field<T> => (value == null ? unsaid(dose.field) : statedAt(value, row.dose!.source, state.text));
  const fromSchedule = <T>(scheduled: T | null | undefined, dosed: T | null | undefined): Field<T> =>
    scheduled != null ? statedAt(scheduled, row.interval!.source, state.text) : dosed != null ? fromDose(dosed) : unsaid(schedule.field);
  const intervalDays = fromSchedule(schedule.value?.intervalDays, dose.value?.intervalDays);
  const pause = fromSchedule(schedule.value?.pause, dose.value?.pause);
  const amounts = { amount: dose.value?.amount ?? null, unit: dose.value?.unit ?? null, doseKind: dose.value?.doseKind ?? null };
  const words = typeof cycles.value === 'string' ? cycles.value : null;
  const drugCell = row.drug?.source ?? null;
  const phase = row.phase && /^\d+$/.test(row.phase.text) ? Number(row.phase.text) : 1;
  return state.builder.add<RegimenComponentNode>({
    id: regimenComponentId(regimen.key, drug, phase, index),
    type: 'regimenComponent',
    source: row.source,
    regimen: regimen.id,
    phase,
    drug,
    drugName: stated(row.drug) ? statedAt(row.drug.text, row.drug.source, state.text) : notStatedAt(drugCell, state.text),
    amount: fromDose(amounts.amount),
    unit: fromDose(amounts.unit),
    doseKind: fromDose(amounts.doseKind),
    route,
    intervalDays,
    pause,
    cycles: words === null ? (cycles.field as Field<OpenRange>) : silent,
    cyclesInWords: words === null ? silent : statedAt(words, row.cycles!.source, state.text),
    maxDuration,
    fractionation: fromDose(dose.value?.fractionation),
    intensityPerWeek: intensity(amounts, intervalDays, pause, row, state),
    statedIn,
  });
}

/** Amount per week, computed from the stated amount, interval and pause of the row. */
function intensity(
  amounts: Pick<DoseStatementNode, 'amount' | 'unit' | 'doseKind'>,
  intervalDays: Field<NumberRange>,
  pause: Field<SchedulePause>,
  row: Row,
  state: ChapterState,
): Derived<NumberRange> | NotStated {
  const perWeek = intensityPerWeek({ ...amounts, intervalDays: statedValue(intervalDays) ?? null, pause: statedValue(pause) ?? null });
  if (perWeek === null) return silent;
  const { source, text } = statedAt(null, row.source, state.text);
  return { notStated: true, derived: perWeek, derivation: 'amount per administration × 7 ÷ days between administrations, less the pause', source, text };
}

/** A table whose delimiter row is missing or broken: one error over all its lines (its rows are read anyway). */
function reportBrokenTable(paragraph: ContainerDirective['children'][number], state: ChapterState): void {
  state.diagnostics.push({
    ruleId: 'malformed-table',
    severity: 'error',
    message: {
      en: 'This regimen table has no valid delimiter row: the second line must be like `| --- | --- |`, with as many cells as the first. Its rows were read by their `|` so that nothing else is reported because of it; correct the table.',
      sv: 'Regimtabellen saknar en giltig avgränsarrad: andra raden ska se ut som `| --- | --- |`, med lika många celler som den första. Raderna lästes ändå efter sina `|` så att inget annat rapporteras på grund av felet; rätta tabellen.',
    },
    source: state.lines.span(paragraph.position?.start.offset ?? 0, paragraph.position?.end.offset ?? 0),
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

/** The `intent=` attribute, stated with the span of the attribute as written. */
function readIntent(value: string | null | undefined, attribute: Source | null, source: Source, state: ChapterState): RegimenNode['intent'] {
  if (value === undefined || value === null || value === '' || /^ej angivet$/i.test(value)) return notStatedAt(value ? attribute : null, state.text);
  const intent = intents[value.toLowerCase() as keyof typeof intents];
  if (!intent) report(state, source, {
    en: `Intent \`${value}\` is unknown; write \`palliativ\` or \`kurativ\`.`,
    sv: `Syftet \`${value}\` är okänt; skriv \`palliativ\` eller \`kurativ\`.`,
  });
  return intent ? statedAt(intent, attribute ?? source, state.text) : notStatedAt(attribute, state.text);
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
