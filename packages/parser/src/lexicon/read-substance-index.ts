import type { Diagnostic, Point, Source } from '@guideline-as-code/types';
import type { DrugEntry } from '@guideline-as-code/dose';
import type { SourceFile } from '../guideline-sources.js';
import { lexiconFinding } from './lexicon-facts.js';

/** The substance index's file name in the lexicon folder (written by tools/lexicon-import). */
export const substanceIndexFile = 'atc-index.tsv';

/** Whether a lexicon file is the substance index rather than a YAML entry. */
export function isSubstanceIndex(file: SourceFile): boolean {
  return file.path.endsWith(`/${substanceIndexFile}`) || file.path === substanceIndexFile;
}

/**
 * One readable line of the index, as written: its line, the offset where it starts, and its
 * cells; `moiety` is empty when the line has none (or the index has no such column).
 */
export type IndexRow = [line: number, offset: number, id: string, name: string, inn: string, codes: string, names: string, moiety: string];

/**
 * The substance index as the compiled-lexicon cache keeps it: the lines that could be read, as
 * plain tuples (a few hundred kilobytes of JSON, where thousands of drug entries with their
 * spans would be megabytes to parse on every check). `indexDrugs` makes the entries from it.
 */
export interface CompiledIndex {
  file: string;
  /** The date of the WHO index, from the file's header. */
  date: string;
  rows: IndexRow[];
}

/** The columns: the last, `moiety` (the active moiety of a salt), is optional, for indexes written before it. */
const COLUMNS = 'id\tname\tinn\tatc\tnames';
const COLUMNS_WITH_MOIETY = `${COLUMNS}\tmoiety`;
const ATC_CODE = /^[A-Z][0-9]{2}[A-Z]{2}[0-9]{2}$/;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Reads the substance index: every single substance of the WHO ATC index that the lexicon has
 * no entry for, one a line (`id`, Swedish name, INN, ATC codes, other names). A line that
 * cannot be read is reported (`lexicon-index-row`) at that line and left out; the other lines
 * are still read. Never throws on content.
 */
export function readSubstanceIndex(file: SourceFile, diagnostics: Diagnostic[]): CompiledIndex {
  const index: CompiledIndex = { file: file.path, date: /index as published on (\d{4}-\d{2}-\d{2})/.exec(file.text)?.[1] ?? 'of unknown date', rows: [] };
  let offset = 0;
  let header = false;
  let width = 5;
  const lines = file.text.split('\n');
  for (let at = 0; at < lines.length; at++) {
    const written = lines[at] ?? '';
    const start = offset;
    offset += written.length + 1;
    const text = written.endsWith('\r') ? written.slice(0, -1) : written;
    if (text === '' || text.startsWith('#')) continue;
    const line: Source = { file: file.path, start: { line: at + 1, column: 1, offset: start }, end: { line: at + 1, column: text.length + 1, offset: start + text.length } };
    if (!header) {
      header = true;
      if (text === COLUMNS || text === COLUMNS_WITH_MOIETY) {
        width = text === COLUMNS ? 5 : 6;
        continue;
      }
      const columns = COLUMNS.replace(/\t/g, ' ');
      diagnostics.push(lexiconFinding('lexicon-index-row', line, `The first line after the comments must be the column header \`${columns}\` (tab-separated); the index was not read`, `Första raden efter kommentarerna måste vara kolumnrubrikerna \`${columns}\` (åtskilda av tabb); indexet lästes inte`));
      return index;
    }
    const cells = text.split('\t');
    const [id = '', name = '', inn = '', codes = '', names = '', moiety = ''] = cells;
    const problem: [en: string, sv: string] | null = cells.length !== width ? [`${cells.length} columns instead of ${width}`, `${cells.length} kolumner i stället för ${width}`]
      : moiety !== '' && !ID.test(moiety) ? [`the moiety \`${moiety}\` is not an id`, `den aktiva delen \`${moiety}\` är inget id`]
      : !ID.test(id) ? [`the id \`${id}\` is not lower-case words joined by hyphens`, `id \`${id}\` är inte gemena ord förenade med bindestreck`]
      : name === '' || inn === '' ? ['an empty name or INN', 'ett tomt namn eller INN']
      : !codes.split(' ').every((code) => ATC_CODE.test(code)) ? [`the ATC codes \`${codes}\` are not level-5 codes separated by spaces`, `ATC-koderna \`${codes}\` är inte koder på nivå 5 åtskilda av mellanslag`]
      : null;
    if (problem === null) index.rows.push([at + 1, start, id, name, inn, codes, names, moiety]);
    else diagnostics.push(lexiconFinding('lexicon-index-row', line,
      `This line of the substance index cannot be read: ${problem[0]}. Run tools/lexicon-import again rather than editing the file`,
      `Raden i substansindexet kan inte läsas: ${problem[1]}. Kör tools/lexicon-import igen i stället för att ändra filen`));
  }
  return index;
}

/**
 * The drug entries of the index: each marked `tier: 'atc-index'`, recognised like a lexicon
 * entry but with no role, dose kind or range; its place is its line, its code's place exact.
 */
export function indexDrugs(index: CompiledIndex): DrugEntry[] {
  return index.rows.map((row) => {
    const [, , id, name, inn, codes, names, moiety] = row;
    const [code = '', ...aliases] = codes.split(' ');
    const position = cellSpan(index.file, row, 0, id.length + name.length + inn.length + codes.length + names.length + 4);
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
        source: `WHO ATC/DDD Index, https://atcddd.fhi.no/atc_ddd_index/?code=${code} (index as published on ${index.date})`,
        position,
        codePosition: cellSpan(index.file, row, id.length + name.length + inn.length + 3, code.length),
      },
      doseKinds: [],
      ranges: [],
      unknown: [],
      position,
      tier: 'atc-index',
      ...(moiety === '' ? {} : { moiety }),
    };
  });
}

/** Where the name and the INN of an index entry are written (its line holds `id name inn …`). */
export function indexNameSpans(drug: DrugEntry): { name: Source; inn: Source } {
  const at = (column: number): Point => ({ line: drug.position.start.line, column: column + 1, offset: drug.position.start.offset + column });
  const nameAt = drug.id.length + 1;
  const innAt = nameAt + drug.name.length + 1;
  const span = (from: number, length: number): Source => ({ file: drug.position.file, start: at(from), end: at(from + length) });
  return { name: span(nameAt, drug.name.length), inn: span(innAt, drug.inn.length) };
}

function cellSpan(file: string, row: IndexRow, column: number, length: number): Source {
  const [line, offset] = row;
  return { file, start: { line, column: column + 1, offset: offset + column }, end: { line, column: column + length + 1, offset: offset + column + length } };
}
