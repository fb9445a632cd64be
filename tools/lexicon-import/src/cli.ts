#!/usr/bin/env node
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readWordList, renderDictionaryWords, wordsNearNames } from './dictionary-words.js';
import { extractLevel5 } from './extract-who-atc.js';
import { importLexicon } from './write-lexicon.js';

/**
 * `lexicon-import [lexicon-directory]`: writes the generated entries and the substance index
 * (default: guideline-src/lexicon). `lexicon-import extract-atc <scrape.csv> <date>`: writes
 * data/who-atc.csv from the atcd scrape of the WHO index published on that date.
 * `lexicon-import dictionary-words <word list> "<source>"`: writes the words of a Swedish word
 * list that are near a lexicon name to packages/dose/src/lexicon/dictionary-words.ts.
 */
const here = dirname(fileURLToPath(import.meta.url));
const packageRoot = join(here, '..');
const dataDirectory = join(packageRoot, 'data');
if (process.argv[2] === 'extract-atc') {
  const [scrape, date] = process.argv.slice(3);
  if (scrape === undefined || date === undefined) throw new Error('usage: lexicon-import extract-atc <scrape.csv> <yyyy-mm-dd of the index>');
  writeFileSync(join(dataDirectory, 'who-atc.csv'), extractLevel5(readFileSync(scrape, 'utf8'), [
    'WHO ATC/DDD Index (WHO Collaborating Centre for Drug Statistics Methodology), https://atcddd.fhi.no/atc_ddd_index/',
    'Level-5 codes and substance names only (facts, no DDDs or guideline text): every level-5 code of the index.',
    `Index as published on ${date}, read from the scrape https://github.com/fabkury/atcd (file "WHO ATC-DDD ${date}.csv")`,
    'by `lexicon-import extract-atc`. Use requires reference to the WHOCC; no commercial use (https://atcddd.fhi.no/copyright_disclaimer/).',
  ]));
} else if (process.argv[2] === 'dictionary-words') {
  const [list, source] = process.argv.slice(3);
  if (list === undefined || source === undefined) throw new Error('usage: lexicon-import dictionary-words <word list> "<where the list comes from>"');
  const repositoryRoot = join(packageRoot, '..', '..');
  const words = wordsNearNames(readWordList(readFileSync(list)), join(repositoryRoot, 'guideline-src', 'lexicon'), repositoryRoot);
  writeFileSync(join(repositoryRoot, 'packages', 'dose', 'src', 'lexicon', 'dictionary-words.ts'), renderDictionaryWords(words, source));
  process.stdout.write(`${words.length} words of ${list} are near a lexicon name\n`);
} else {
  const lexiconDirectory = resolve(process.argv[2] ?? join(packageRoot, '..', '..', 'guideline-src', 'lexicon'));
  const result = importLexicon(dataDirectory, lexiconDirectory);
  const summary = [
    `${result.written.length} written, ${result.unchanged.length} unchanged, ${result.removed.length} removed,`,
    `${result.handWritten.length} hand-written files left alone, ${result.leftOut.length} substances left out;`,
    `substance index: ${result.index.substances} substances, ${result.index.leftOut.length} names left out`,
  ];
  process.stdout.write(`${summary.join(' ')}\n`);
  for (const { inn, code, reason } of result.leftOut) process.stdout.write(`  left out ${code} ${inn}: ${reason}\n`);
  for (const { inn, code, reason } of result.index.leftOut) process.stdout.write(`  index: left out ${code} ${inn}: ${reason}\n`);
}
