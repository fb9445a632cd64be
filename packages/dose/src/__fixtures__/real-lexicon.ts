import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { wholeFile } from '@guideline-as-code/types';
import type { LexiconEntrySource } from '@guideline-as-code/model';
import { drugEntryFromSource } from '../lexicon/drug-entry-from-source.js';
import type { DrugLexicon, RegimenEntry } from '../lexicon/lexicon-types.js';
import { compileSubstanceIndex, type SubstanceIndex, type SubstanceRow } from '../lexicon/substance-index.js';

const here = dirname(fileURLToPath(import.meta.url));
/** Repository root, four levels above this file (packages/dose/src/__fixtures__). */
export const repositoryRoot = join(here, '..', '..', '..', '..');
export const lexiconDirectory = join(repositoryRoot, 'guideline-src', 'lexicon');
export const chapterPath = join(repositoryRoot, 'guideline-src', 'livmoderkroppscancer', 'original', 'kapitel-13.txt');

/** Every `.yaml` file under the lexicon directory, with paths relative to the repository. */
export function readLexiconFiles(directory = lexiconDirectory): { path: string; text: string }[] {
  const files: { path: string; text: string }[] = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) files.push(...readLexiconFiles(path));
    else if (entry.name.endsWith('.yaml')) files.push({ path: relative(repositoryRoot, path), text: readFileSync(path, 'utf8') });
  }
  return files;
}

/**
 * KarPak as the chapter's `:::regimen` block defines it (the parser builds these entries from
 * the Markdown; the grammar only needs the name and the components).
 */
export const karPak: RegimenEntry = {
  kind: 'regimen',
  id: 'karpak',
  name: 'KarPak',
  names: [],
  components: ['carboplatin', 'paclitaxel'],
  source: 'guideline-src/livmoderkroppscancer/13-behandling-av-aterfall.md',
  position: wholeFile('guideline-src/livmoderkroppscancer/13-behandling-av-aterfall.md'),
};

let cached: DrugLexicon | undefined;

/**
 * The drugs of `guideline-src/lexicon/` plus KarPak, loaded once per test file. The grammar's
 * tests only need the facts, so the files are read as plain data, without validation or
 * positions: the parser reads and validates the real lexicon, and its tests check that every
 * file fits the schema.
 */
export function realLexicon(): DrugLexicon {
  cached ??= {
    drugs: readLexiconFiles()
      .sort((a, b) => (a.path < b.path ? -1 : 1))
      .map((file) => drugEntryFromSource(parse(file.text) as LexiconEntrySource, { of: () => wholeFile(file.path), valueOf: () => wholeFile(file.path) })),
    regimens: [karPak],
  };
  return cached;
}

export function readChapter(): string {
  return readFileSync(chapterPath, 'utf8');
}

/**
 * The substance index of `guideline-src/lexicon/atc-index.tsv` with its lookup tables, read as
 * plain tab-separated lines (the parser reads it with its checks; its tests cover those).
 */
export function realSubstances(): SubstanceIndex {
  const path = join(lexiconDirectory, 'atc-index.tsv');
  const rows: SubstanceRow[] = [];
  let offset = 0;
  readFileSync(path, 'utf8').split('\n').forEach((line, at) => {
    const [id = '', name = '', inn = '', codes = '', names = '', moiety = ''] = line.split('\t');
    if (line !== '' && !line.startsWith('#') && id !== 'id') rows.push([at + 1, offset, id, name, inn, codes, names, moiety]);
    offset += line.length + 1;
  });
  return compileSubstanceIndex(relative(repositoryRoot, path), 'of the test', rows);
}
