import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildEntries, type LeftOut } from './build-entries.js';
import { readSubstanceFacts } from './read-data.js';
import { readWhoAtc } from './read-who-atc.js';
import { GENERATED_MARKER, renderEntry } from './render-entry.js';

export interface ImportResult {
  written: string[];
  unchanged: string[];
  removed: string[];
  handWritten: string[];
  leftOut: LeftOut[];
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
  const generated = new Set<string>();
  for (const file of existing) {
    const text = readFileSync(join(lexiconDirectory, file), 'utf8');
    if (text.startsWith(GENERATED_MARKER)) {
      generated.add(file);
      continue;
    }
    handWritten.push(file);
    for (const code of atcCodesOf(text)) handWrittenCodes.add(code);
  }
  const { entries, leftOut } = buildEntries({
    atc: readWhoAtc(atcText),
    curated: readSubstanceFacts(readFileSync(join(dataDirectory, 'curated.yaml'), 'utf8'), 'curated.yaml'),
    supportive: readSubstanceFacts(readFileSync(join(dataDirectory, 'supportive.yaml'), 'utf8'), 'supportive.yaml'),
    handWrittenCodes,
    indexDate,
  });
  const result: ImportResult = { written: [], unchanged: [], removed: [], handWritten, leftOut };
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
  for (const stale of generated) {
    rmSync(join(lexiconDirectory, stale));
    result.removed.push(stale);
  }
  return result;
}

/** The ATC code and aliases of a hand-written entry (an unreadable file has none). */
function atcCodesOf(text: string): string[] {
  const document: unknown = parse(text);
  const atc = typeof document === 'object' && document !== null ? (document as Record<string, unknown>)['atc'] : undefined;
  if (typeof atc !== 'object' || atc === null) return [];
  const { code, aliases } = atc as Record<string, unknown>;
  return [code, ...(Array.isArray(aliases) ? aliases : [])].filter((value): value is string => typeof value === 'string');
}
