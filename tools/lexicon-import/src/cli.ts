#!/usr/bin/env node
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importLexicon } from './write-lexicon.js';

/** `lexicon-import [lexicon-directory]`: writes the generated entries (default: guideline-src/lexicon). */
const here = dirname(fileURLToPath(import.meta.url));
const packageRoot = join(here, '..');
const lexiconDirectory = resolve(process.argv[2] ?? join(packageRoot, '..', '..', 'guideline-src', 'lexicon'));
const result = importLexicon(join(packageRoot, 'data'), lexiconDirectory);
const summary = [
  `${result.written.length} written, ${result.unchanged.length} unchanged, ${result.removed.length} removed,`,
  `${result.handWritten.length} hand-written files left alone, ${result.leftOut.length} substances left out`,
];
process.stdout.write(`${summary.join(' ')}\n`);
for (const { inn, code, reason } of result.leftOut) process.stdout.write(`  left out ${code} ${inn}: ${reason}\n`);
