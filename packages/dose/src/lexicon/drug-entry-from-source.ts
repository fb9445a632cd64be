import type { Source } from '@guideline-as-code/types';
import type { LexiconEntrySource } from '@guideline-as-code/model';
import type { DrugEntry } from './lexicon-types.js';

/** Where the parts of a lexicon entry stand in its file, as the reader of the file knows it. */
export interface LexiconPositions {
  /** The span of an object of the entry (the entry itself, its ATC fact, a range, …). */
  of(part: object): Source;
  /** The span of the value of one key of an object, e.g. the `code` of the ATC fact. */
  valueOf(part: object, key: string): Source;
}

/**
 * The in-memory drug entry for a lexicon entry that fits the lexicon's JSON Schema
 * (`@guideline-as-code/model`, `lexicon-entry.schema.json`): the schema says what the file may
 * hold, this says what the grammar keeps of it, each fact with its place in the file.
 */
export function drugEntryFromSource(entry: LexiconEntrySource, at: LexiconPositions): DrugEntry {
  return {
    kind: 'drug',
    id: entry.id,
    name: entry.name,
    inn: entry.inn,
    names: entry.names ?? [],
    brands: entry.brands ?? [],
    role: entry.role ?? null,
    atc: {
      code: entry.atc.code,
      aliases: entry.atc.aliases ?? [],
      source: entry.atc.source,
      position: at.of(entry.atc),
      codePosition: at.valueOf(entry.atc, 'code'),
    },
    doseKinds: (entry.doseKinds ?? []).map((fact) => ({ kind: fact.kind, source: fact.source, position: at.of(fact) })),
    ranges: (entry.ranges ?? []).map((range) => ({
      unit: range.unit,
      amount: { low: range.amount.low, high: range.amount.high },
      intervalDays: range.intervalDays ? { low: range.intervalDays.low, high: range.intervalDays.high } : null,
      maxPerWeek: range.maxPerWeek ?? null,
      source: range.source,
      note: range.note ?? null,
      position: at.of(range),
    })),
    unknown: (entry.unknown ?? []).map((fact) => ({ fact: fact.fact, reason: fact.reason })),
    position: at.of(entry),
  };
}
