import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildEntries, type GeneratedEntry, type LeftOut } from './build-entries.js';
import { buildIndex } from './build-index.js';
import { COMMON_WORDS } from './common-swedish-words.js';
import { readSubstanceFacts } from './read-data.js';
import { readWhoAtc, type WhoAtc } from './read-who-atc.js';
import { GENERATED_MARKER, renderEntry } from './render-entry.js';
import { INDEX_FILE, renderIndex } from './render-index.js';

export interface ImportResult {
  written: string[];
  unchanged: string[];
  removed: string[];
  handWritten: string[];
  leftOut: LeftOut[];
  /** How many substances the substance index (`atc-index.tsv`) holds, and what it left out. */
  index: { substances: number; leftOut: LeftOut[] };
}

/**
 * Writes one YAML file per generated entry into `lexiconDirectory`. Files that do not start
 * with the generated marker are hand-written: they are read (their ATC codes are not generated
 * again) but never written or removed. A generated file that no entry produces any more is
 * removed; a file whose text would not change is not rewritten.
 */
export function importLexicon(dataDirectory: string, lexiconDirectory: string): ImportResult {
  const atcText = readFileSync(join(dataDirectory, 'who-atc.csv'), 'utf8');
  const indexDate = /index as published on (\d{4}-\d{2}-\d{2})/i.exec(atcText)?.[1];
  if (indexDate === undefined) throw new Error('who-atc.csv: the header must say when the index was published');
  const existing = readdirSync(lexiconDirectory).filter((name) => name.endsWith('.yaml')).sort();
  const handWritten: string[] = [];
  const handWrittenCodes = new Set<string>();
  const handWrittenNames = new Set<string>();
  const generated = new Set<string>();
  for (const file of existing) {
    const text = readFileSync(join(lexiconDirectory, file), 'utf8');
    if (text.startsWith(GENERATED_MARKER)) {
      generated.add(file);
      continue;
    }
    handWritten.push(file);
    const facts = handWrittenFacts(text);
    for (const code of facts.codes) handWrittenCodes.add(code);
    for (const name of facts.names) handWrittenNames.add(name.toLowerCase());
  }
  const atc = readWhoAtc(atcText);
  const { entries, leftOut } = buildEntries({
    atc,
    curated: readSubstanceFacts(readFileSync(join(dataDirectory, 'curated.yaml'), 'utf8'), 'curated.yaml'),
    supportive: readSubstanceFacts(readFileSync(join(dataDirectory, 'supportive.yaml'), 'utf8'), 'supportive.yaml'),
    handWrittenCodes,
    indexDate,
  });
  const index = buildIndex({
    atc,
    swedishNames: readSubstanceFacts(readFileSync(join(dataDirectory, 'index-names.yaml'), 'utf8'), 'index-names.yaml'),
    ...lexiconCoverage(entries, handWrittenCodes, handWrittenNames, atc),
    commonWords: new Set(COMMON_WORDS),
  });
  const result: ImportResult = { written: [], unchanged: [], removed: [], handWritten, leftOut, index: { substances: index.substances.length, leftOut: index.leftOut } };
  for (const entry of entries) {
    const file = `${entry.id}.yaml`;
    if (handWritten.includes(file)) throw new Error(`${file} is hand-written; the entry \`${entry.id}\` would replace it`);
    const text = renderEntry(entry);
    const path = join(lexiconDirectory, file);
    generated.delete(file);
    if (existing.includes(file) && readFileSync(path, 'utf8') === text) result.unchanged.push(file);
    else {
      writeFileSync(path, text);
      result.written.push(file);
    }
  }
  const indexPath = join(lexiconDirectory, INDEX_FILE);
  const indexText = renderIndex(index.substances, indexDate);
  if (existsSync(indexPath) && readFileSync(indexPath, 'utf8') === indexText) result.unchanged.push(INDEX_FILE);
  else {
    writeFileSync(indexPath, indexText);
    result.written.push(INDEX_FILE);
  }
  for (const stale of generated) {
    rmSync(join(lexiconDirectory, stale));
    result.removed.push(stale);
  }
  return result;
}

/** The ATC codes and the names the lexicon has, which the substance index does not repeat. */
function lexiconCoverage(entries: readonly GeneratedEntry[], handWrittenCodes: ReadonlySet<string>, handWrittenNames: ReadonlySet<string>, atc: WhoAtc) {
  const lexiconCodes = new Set(handWrittenCodes);
  const lexiconNames = new Set(handWrittenNames);
  for (const entry of entries) {
    for (const code of [entry.atc.code, ...entry.atc.aliases]) lexiconCodes.add(code);
    for (const name of [entry.id, entry.name, entry.inn, ...entry.names, ...entry.brands]) lexiconNames.add(name.toLowerCase());
  }
  // A hand-written entry's code makes every other code of the same substance name the lexicon's too.
  for (const code of [...lexiconCodes]) for (const other of atc.codesOf.get(atc.nameOf.get(code) ?? '') ?? []) lexiconCodes.add(other);
  return { lexiconCodes, lexiconNames };
}

/** The ATC codes and the names (id, INN, names, brands) of a hand-written entry (an unreadable file has none). */
function handWrittenFacts(text: string): { codes: string[]; names: string[] } {
  const document: unknown = parse(text);
  if (typeof document !== 'object' || document === null) return { codes: [], names: [] };
  const record = document as Record<string, unknown>;
  const strings = (value: unknown): string[] => (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === 'string');
  const atc = record['atc'];
  const codes = typeof atc === 'object' && atc !== null ? [...strings((atc as Record<string, unknown>)['code']), ...strings((atc as Record<string, unknown>)['aliases'])] : [];
  return { codes, names: [...strings(record['id']), ...strings(record['name']), ...strings(record['inn']), ...strings(record['names']), ...strings(record['brands'])] };
}
