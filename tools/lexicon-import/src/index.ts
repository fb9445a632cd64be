export { importLexicon, type ImportResult } from './write-lexicon.js';
export { buildEntries, idOf, type GeneratedEntry, type LeftOut } from './build-entries.js';
export { swedishSpelling } from './swedish-spelling.js';
export { COMMON_SWEDISH_WORDS } from './common-swedish-words.js';
