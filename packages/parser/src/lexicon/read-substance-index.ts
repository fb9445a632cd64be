import type { Diagnostic, Point, Source } from '@guideline-as-code/types';
import type { DrugEntry, SubstanceRow } from '@guideline-as-code/dose';
import type { SourceFile } from '../guideline-sources.js';
import { lexiconFinding } from './lexicon-facts.js';

/** The substance index's file name in the lexicon folder (written by tools/lexicon-import). */
export const substanceIndexFile = 'atc-index.tsv';

/** Whether a lexicon file is the substance index rather than a YAML entry. */
export function isSubstanceIndex(file: SourceFile): boolean {
  return file.path.endsWith(`/${substanceIndexFile}`) || file.path === substanceIndexFile;
}

/** The lines of the index as read, before they are checked against the entries and given lookup tables. */
export interface IndexLines {
  file: string;
  /** The date of the WHO index, from the file's header. */
  date: string;
  rows: SubstanceRow[];
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
export function readSubstanceIndex(file: SourceFile, diagnostics: Diagnostic[]): IndexLines {
  const index: IndexLines = { file: file.path, date: /index as published on (\d{4}-\d{2}-\d{2})/.exec(file.text)?.[1] ?? 'of unknown date', rows: [] };
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

/** Where the name and the INN of an index entry are written (its line holds `id name inn …`). */
export function indexNameSpans(drug: DrugEntry): { name: Source; inn: Source } {
  const at = (column: number): Point => ({ line: drug.position.start.line, column: column + 1, offset: drug.position.start.offset + column });
  const nameAt = drug.id.length + 1;
  const innAt = nameAt + drug.name.length + 1;
  const span = (from: number, length: number): Source => ({ file: drug.position.file, start: at(from), end: at(from + length) });
  return { name: span(nameAt, drug.name.length), inn: span(innAt, drug.inn.length) };
}
