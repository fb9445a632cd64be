export { importLexicon, type ImportResult } from './write-lexicon.js';
export { buildEntries, idOf, type GeneratedEntry, type LeftOut } from './build-entries.js';
export { swedishSpelling, swedishSubstanceName } from './swedish-spelling.js';
export { COMMON_SWEDISH_WORDS } from './common-swedish-words.js';
export { buildIndex, type IndexSubstance } from './build-index.js';
export { renderIndex, INDEX_FILE } from './render-index.js';
export { extractLevel5 } from './extract-who-atc.js';
export { COMMON_WORDS, COMMON_ENGLISH_WORDS } from './common-swedish-words.js';
