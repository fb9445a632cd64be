import type { DoseStatementNode, GraphIndex, RegimenComponentNode } from '@guideline-as-code/model';
import type { Field, LocalizedText, Source } from '@guideline-as-code/types';
import { componentValues } from './component-values.js';
import { sameSubstance } from './dose-values.js';

/** The values of a regimen row beyond its dose that the text of its sections must state. */
export type TableField = 'route' | 'interval' | 'cycles' | 'maxDuration';

export const tableFieldNames: Record<TableField | 'phase', LocalizedText> = {
  route: { en: 'route', sv: 'väg' },
  interval: { en: 'interval', sv: 'intervall' },
  cycles: { en: 'cycles', sv: 'cykler' },
  maxDuration: { en: 'maximum duration', sv: 'maximal behandlingstid' },
  phase: { en: 'phase', sv: 'fas' },
};

/** One field of a row as the table writes it, and the statements of the cited text that state it. */
export interface FieldAgainstText {
  field: TableField;
  /** The cell, as written; null where the row has no cell for the field. */
  cell: { source: Source; text: string } | null;
  /** Whether the table states a value (not `ej angivet`). */
  stated: boolean;
  /** The statements of the cited sections that state this field, with the value the table gives if it gives one. */
  agreeing: DoseStatementNode[];
  /** The statements of the cited sections that state this field at all. */
  stating: DoseStatementNode[];
}

/** A regimen row compared with the statements of the sections its `Avsnitt` cell cites. */
export interface RowAgainstText {
  row: RegimenComponentNode;
  /** The section numbers the row cites, as written (`13, 13.3.1`). */
  sections: string;
  /** Recommendations and descriptions of practice in those sections that give the row's drug and dose. */
  candidates: DoseStatementNode[];
  fields: FieldAgainstText[];
}

/**
 * Every regimen row that cites sections, compared field by field with what those sections
 * say about the row's drug at the row's dose. Trial arms do not count: a trial may have given
 * the drug otherwise than the guideline recommends. A phased statement (`… följt av …`) states
 * its maximum duration for all its phases (`dock maximalt 2 år` ends the whole treatment).
 */
export function rowsAgainstText(index: GraphIndex): RowAgainstText[] {
  const statements = index.ofType('doseStatement').filter((statement) => statement.role !== 'trialArm');
  const sectionOf = (statement: DoseStatementNode) => {
    const sentence = index.get(statement.statement);
    return sentence?.type === 'statement' ? sentence.section : null;
  };
  return index.ofType('regimenComponent').flatMap((row) => {
    if (row.statedIn.notStated) return [];
    const cited = new Set(row.statedIn.value);
    const values = componentValues(row);
    const candidates = statements.filter((statement) => {
      const section = sectionOf(statement);
      return section !== null && cited.has(section) && sameSubstance(statement, values) && sameAmount(statement, values);
    });
    const phased = (statement: DoseStatementNode) =>
      statements.filter((other) => other.statement === statement.statement && other.drug === statement.drug && other.phaseCount > 1);
    const fields = (['route', 'interval', 'cycles', 'maxDuration'] as const).map((field) => {
      const { value, cell } = tableValue(row, field);
      const stating = candidates.filter((statement) => stateable(statement, field, phased));
      const agreeing = value === null ? [] : candidates.filter((statement) => agrees(statement, field, value, index, phased));
      return { field, cell, stated: value !== null, agreeing, stating };
    });
    return [{ row, sections: row.statedIn.text, candidates, fields }];
  });
}

/** Whether some recommendation or description of practice anywhere states the row's drug at its dose. */
export function doseStatedAnywhere(index: GraphIndex, row: RegimenComponentNode): boolean {
  const values = componentValues(row);
  return index.ofType('doseStatement').some((statement) => statement.role !== 'trialArm' && sameSubstance(statement, values) && sameAmount(statement, values));
}

type Value = { kind: 'route'; route: string } | { kind: 'range'; low: number | null; high: number | null; pause?: unknown } | { kind: 'words'; words: string } | { kind: 'days'; days: number };

function cellOf(field: Field<unknown>): { source: Source; text: string } | null {
  return field.source && field.text !== null ? { source: field.source, text: field.text } : null;
}

function tableValue(row: RegimenComponentNode, field: TableField): { value: Value | null; cell: { source: Source; text: string } | null } {
  switch (field) {
    case 'route':
      return { value: row.route.notStated ? null : { kind: 'route', route: row.route.value }, cell: cellOf(row.route) };
    case 'interval':
      return {
        value: row.intervalDays.notStated ? null : { kind: 'range', ...row.intervalDays.value, pause: row.pause.notStated ? null : row.pause.value },
        cell: cellOf(row.intervalDays),
      };
    case 'cycles':
      if (!row.cyclesInWords.notStated) return { value: { kind: 'words', words: row.cyclesInWords.value }, cell: cellOf(row.cyclesInWords) };
      return { value: row.cycles.notStated ? null : { kind: 'range', ...row.cycles.value }, cell: cellOf(row.cycles) };
    case 'maxDuration':
      return { value: row.maxDuration.notStated ? null : { kind: 'days', days: row.maxDuration.value.days }, cell: cellOf(row.maxDuration) };
  }
}

type Phased = (statement: DoseStatementNode) => DoseStatementNode[];

/** Whether the statement gives this field at all. */
function stateable(statement: DoseStatementNode, field: TableField, phased: Phased): boolean {
  switch (field) {
    case 'route':
      return statement.route !== null;
    case 'interval':
      return statement.intervalDays !== null;
    case 'cycles':
      return statement.cycles !== null;
    case 'maxDuration':
      return [statement, ...phased(statement)].some((one) => one.maxDuration !== null);
  }
}

function agrees(statement: DoseStatementNode, field: TableField, value: Value, index: GraphIndex, phased: Phased): boolean {
  switch (value.kind) {
    case 'route':
      return statement.route === value.route;
    case 'range': {
      const stated = field === 'interval' ? statement.intervalDays : statement.cycles;
      if (!stated || stated.low !== value.low || stated.high !== value.high) return false;
      return field !== 'interval' || value.pause === null || JSON.stringify(statement.pause) === JSON.stringify(value.pause);
    }
    case 'words': {
      const sentence = index.get(statement.statement);
      const text = sentence?.type === 'statement' ? sentence.text.value : statement.text;
      return plain(text).includes(plain(value.words));
    }
    case 'days':
      return [statement, ...phased(statement)].some((one) => one.maxDuration !== null && one.maxDuration.days === value.days);
  }
}

/** Cells and prose compared as words: case, spacing and Unicode form aside. */
function plain(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function sameAmount(statement: DoseStatementNode, row: { amount: DoseStatementNode['amount']; unit: DoseStatementNode['unit'] }): boolean {
  if (statement.amount === null || row.amount === null) return statement.amount === row.amount;
  return statement.unit === row.unit && statement.amount.low === row.amount.low && statement.amount.high === row.amount.high;
}
