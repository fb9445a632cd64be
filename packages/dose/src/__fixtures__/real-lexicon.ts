import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLexicon, type LexiconFile, type LoadedLexicon } from '../lexicon/load-lexicon.js';
import type { DrugLexicon, RegimenEntry } from '../lexicon/lexicon-types.js';

const here = dirname(fileURLToPath(import.meta.url));
/** Repository root, four levels above this file (packages/dose/src/__fixtures__). */
export const repositoryRoot = join(here, '..', '..', '..', '..');
export const lexiconDirectory = join(repositoryRoot, 'guideline-src', 'lexicon');
export const chapterPath = join(repositoryRoot, 'guideline-src', 'livmoderkroppscancer', 'original', 'kapitel-13.txt');

/** Every `.yaml` file under the lexicon directory, with paths relative to the repository. */
export function readLexiconFiles(directory = lexiconDirectory): LexiconFile[] {
  const files: LexiconFile[] = [];
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
  position: {
    file: 'guideline-src/livmoderkroppscancer/13-behandling-av-aterfall.md',
    start: { line: 1, column: 1, offset: 0 },
    end: { line: 1, column: 1, offset: 0 },
  },
};

let cached: (LoadedLexicon & DrugLexicon) | undefined;

/** The drugs of `guideline-src/lexicon/` plus KarPak, loaded once per test file. */
export function realLexicon(): LoadedLexicon & DrugLexicon {
  cached ??= { ...loadLexicon(readLexiconFiles()), regimens: [karPak] };
  return cached;
}

export function readChapter(): string {
  return readFileSync(chapterPath, 'utf8');
}
