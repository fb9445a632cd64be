// The one fuzz harness of the toolchain, for the parser's own fuzz test and for the CLI's
// fuzz test of the whole pipeline (reading, then every rule): `@guideline-as-code/parser/fuzz`.
// It needs fast-check, an optional peer dependency: only tests import this entry.
export { fuzzRuns } from './fuzz-runs.js';
export { guidelineDocument } from './generated-documents.js';
export { mutatedChapter } from './mutated-documents.js';
export { lexiconOnlyCache, realGuideline, realSources, repositoryRoot, withChapter, withReferences } from './real-sources.js';
export { citationKeys, hostilePieces } from './swedish-pieces.js';
