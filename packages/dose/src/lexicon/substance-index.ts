import type { Source } from '@guideline-as-code/types';
import { createWorkCounter } from '../scan/work-counter.js';
import type { DrugEntry, DrugLexicon } from './lexicon-types.js';
import { nameKeys } from './name-keys.js';

/**
 * One line of the substance index as written: its line, the offset where it starts, and its
 * cells; `moiety` is empty when the line has none.
 */
export type SubstanceRow = [line: number, offset: number, id: string, name: string, inn: string, codes: string, names: string, moiety: string];

/**
 * The substances of the WHO ATC index that the lexicon has no entry for (`atc-index.tsv`):
 * thousands of names the grammar must know, so that a dose of one is a dose of a known
 * substance and not of an unknown word. Kept as the lines of the file plus lookup tables, all
 * plain data: the compiled-lexicon cache keeps it whole (JSON), so a check builds no index of
 * thousands of names and makes a drug entry only for a substance its text names.
 */
export interface SubstanceIndex {
  /** The index file, for the places of its lines. */
  file: string;
  /** The date of the WHO index, from the file's header. */
  date: string;
  rows: SubstanceRow[];
  /** Each spelling (name, INN, other names) as the name index compares it: its lower-case tokens joined by one space → its row. */
  names: Record<string, number>;
  /** The first token of a spelling of several tokens → the most tokens a spelling starting with it has. */
  longest: Record<string, number>;
  /** Each spelling of one word, in lower case (NFC) → its row: what near-name search compares a word with. */
  words: Record<string, number>;
  /** The one-word spellings by length and first letter (`8:a`), space-separated in row order. */
  buckets: Record<string, string>;
}

/** Builds the lookup tables of the index from its lines; a spelling already taken keeps its first row. */
export function compileSubstanceIndex(file: string, date: string, rows: SubstanceRow[]): SubstanceIndex {
  const index: SubstanceIndex = { file, date, rows, names: {}, longest: {}, words: {}, buckets: {} };
  const work = createWorkCounter();
  rows.forEach((row, at) => {
    const [, , , name, , , names] = row;
    for (const spelling of [name, ...(names === '' ? [] : names.split('|'))]) {
      const keys = nameKeys(spelling, work);
      if (keys.length === 0) continue;
      const key = keys.join(' ');
      if (!Object.hasOwn(index.names, key)) index.names[key] = at;
      const first = keys[0] ?? '';
      if (keys.length > 1) index.longest[first] = Math.max(ownValue(index.longest, first) ?? 0, keys.length);
      const word = spelling.normalize('NFC').toLowerCase();
      // As near-name search takes spellings: one word, of three letters or more.
      if (/\s/.test(word) || word.length < 3 || Object.hasOwn(index.words, word)) continue;
      index.words[word] = at;
      const bucket = `${word.length}:${word.charAt(0)}`;
      index.buckets[bucket] = Object.hasOwn(index.buckets, bucket) ? `${index.buckets[bucket]} ${word}` : word;
    }
  });
  return index;
}

/** A record's own value for a key: a word of prose such as `constructor` is never a key by inheritance. */
export function ownValue<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The drug entry of an index row, made once per row: the same object every time it is asked for. */
export function substanceEntry(index: SubstanceIndex, at: number): DrugEntry | undefined {
  let made = entriesOf.get(index);
  if (made === undefined) entriesOf.set(index, (made = new Map()));
  const kept = made.get(at);
  if (kept !== undefined) return kept;
  const row = index.rows[at];
  if (row === undefined) return undefined;
  const entry = substanceRowEntry(index.file, index.date, row);
  made.set(at, entry);
  return entry;
}

const entriesOf = new WeakMap<SubstanceIndex, Map<number, DrugEntry>>();

/** The substance with this id, or undefined; the ids are looked up through a map made on first use. */
export function substanceById(index: SubstanceIndex, id: string): DrugEntry | undefined {
  let rows = rowsById.get(index);
  if (rows === undefined) rowsById.set(index, (rows = new Map(index.rows.map((row, at) => [row[2], at]))));
  const at = rows.get(id);
  return at === undefined ? undefined : substanceEntry(index, at);
}

const rowsById = new WeakMap<SubstanceIndex, Map<string, number>>();

/** A drug of the lexicon by id: an entry, else a substance of the index. */
export function findDrug(lexicon: DrugLexicon, id: string): DrugEntry | undefined {
  let byId = entriesById.get(lexicon.drugs);
  if (byId === undefined) entriesById.set(lexicon.drugs, (byId = new Map(lexicon.drugs.map((drug) => [drug.id, drug]))));
  return byId.get(id) ?? (lexicon.substances ? substanceById(lexicon.substances, id) : undefined);
}

const entriesById = new WeakMap<readonly DrugEntry[], Map<string, DrugEntry>>();

/**
 * The entry of an index line: marked `tier: 'atc-index'`, recognised like a lexicon entry but
 * with no role, dose kind or range; its place is its line, its code's place exact.
 */
export function substanceRowEntry(file: string, date: string, row: SubstanceRow): DrugEntry {
  const [, , id, name, inn, codes, names, moiety] = row;
  const [code = '', ...aliases] = codes.split(' ');
  const position = cellSpan(file, row, 0, id.length + name.length + inn.length + codes.length + names.length + 4);
  return {
    kind: 'drug',
    id,
    name,
    inn,
    names: names === '' ? [] : names.split('|'),
    brands: [],
    role: null,
    atc: {
      code,
      aliases,
      source: `WHO ATC/DDD Index, https://atcddd.fhi.no/atc_ddd_index/?code=${code} (index as published on ${date})`,
      position,
      codePosition: cellSpan(file, row, id.length + name.length + inn.length + 3, code.length),
    },
    doseKinds: [],
    ranges: [],
    unknown: [],
    position,
    tier: 'atc-index',
    ...(moiety === '' ? {} : { moiety }),
  };
}

function cellSpan(file: string, row: SubstanceRow, column: number, length: number): Source {
  const [line, offset] = row;
  return { file, start: { line, column: column + 1, offset: offset + column }, end: { line, column: column + length + 1, offset: offset + column + length } };
}
