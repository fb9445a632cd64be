import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadLexicon, substanceIndexFile } from '@guideline-as-code/parser';
import type { DrugLexicon } from '@guideline-as-code/dose';
import { kindOf, readSplit, type CorpusItem, type Split } from './corpus.js';
import { readItem } from './read-item.js';
import { emptyScore, scoreItem, type Score } from './score.js';
import { missLines, scoreTable } from './report.js';

/** The repository root: this file is tools/fidelity/dist/cli.js. */
const root = join(import.meta.dirname, '..', '..', '..');

function lexiconFiles(folder: string): { path: string; text: string }[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return lexiconFiles(path);
    return entry.name.endsWith('.yaml') || entry.name === substanceIndexFile ? [{ path: relative(root, path), text: readFileSync(path, 'utf8') }] : [];
  });
}

/** Scores a split as a whole, by kind of source, and by numbered batch (a batch held out later is text no tuning has seen). */
function measure(split: Split, lexicon: DrugLexicon): { all: Score; byKind: Map<string, Score>; byBatch: Map<number, Score> } {
  const all = emptyScore();
  const byKind = new Map<string, Score>();
  const byBatch = new Map<number, Score>();
  const scoreIn = <K>(groups: Map<K, Score>, key: K, item: CorpusItem, reading: ReturnType<typeof readItem>) => {
    const score = groups.get(key) ?? emptyScore();
    scoreItem(score, item, reading);
    groups.set(key, score);
  };
  for (const item of readSplit(join(root, 'corpora', 'doses'), split)) {
    const reading = readItem(item, lexicon);
    scoreItem(all, item, reading);
    scoreIn(byKind, kindOf(item.source), item, reading);
    if (item.batch !== undefined) scoreIn(byBatch, item.batch, item, reading);
  }
  return { all, byKind, byBatch };
}

// `--split tune` measures the tuning split only: what a developer runs while working.
const only = process.argv.includes('--split') ? process.argv[process.argv.indexOf('--split') + 1] : undefined;
const { drugs, substances } = loadLexicon(lexiconFiles(join(root, 'guideline-src', 'lexicon')));
const lexicon: DrugLexicon = { drugs, regimens: [], substances };
const splits: Split[] = only === 'tune' ? ['tune'] : ['tune', 'holdout'];
const sections: string[] = [];
for (const split of splits) {
  const { all, byKind, byBatch } = measure(split, lexicon);
  sections.push(`## ${split}\n`, scoreTable(all), '');
  for (const [kind, score] of [...byKind].sort()) sections.push(`### ${split}: ${kind}\n`, scoreTable(score), '');
  for (const [batch, score] of [...byBatch].sort(([a], [b]) => a - b)) sections.push(`### ${split}: batch ${batch} only\n`, scoreTable(score), '');
  if (split === 'tune') {
    process.stdout.write(`Misses on tune (${all.misses.length}):\n${missLines(all.misses).join('\n')}\n\n`);
    process.stdout.write(`Wrong drug on tune: ${all.wrongDrugItems.join(' ') || '—'}\n`);
    process.stdout.write(`Extra doses on tune: ${all.extraDoseItems.join(' ') || '—'}\n`);
    process.stdout.write(`Silent partial readings on tune: ${all.silentPartialItems.join(' ') || '—'}\n`);
    process.stdout.write(`Drugs not read although the text names them, on tune: ${all.drugMissedNamedItems.join(' ') || '—'}\n\n`);
  } else {
    sections.push(`Holdout misses: ${all.misses.length} (not listed, so that nobody tunes on them).`, '');
  }
}
const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
const page = [
  '# Dose grammar fidelity',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} at commit ${commit} by \`pnpm fidelity\` (tools/fidelity) on the labelled corpus`,
  '`corpora/doses/`. Each item is read by `parseDoses` of the dose package with the real lexicon that the parser loads',
  '(`loadLexicon` over `guideline-src/lexicon/`), as the parser reads each sentence of a chapter; the item\'s section `heading`',
  'and the source\'s `title` are passed as the headings above it, nearest first (`heading` option), so a dose whose drug',
  'is written only there gets it when the nearest heading that names a drug names exactly one and the sentence holds no word that could be another (`drugFromHeading`); an earlier sentence of the item that names one is asked first (`drugFromSentence`), as the parser asks the sentences before a dose in its paragraph. Labelled and read',
  'doses are paired by amount and unit in reading order. Precision: right / fields read; recall: right / fields labelled.',
  'A labelled dose read with another drug counts as a wrong drug; a dose read that the label does not have (a strength,',
  'a quantity or a threshold read as a dose) counts as an extra dose, whatever its drug, and lowers precision. A statement',
  'without an amount (`tre cykler pembrolizumab`, a regimen with a cycle count) is no dose in the labelling guide and is',
  'counted apart; the grammar keeps such statements, as the chapter\'s regimen statements are. (Until 2026-12-02 extra',
  'doses with a drug were counted as wrong drugs, and statements without an amount as extra doses.)',
  'A silent partial reading is a labelled dose with a stated field missing or wrong while the grammar gave no finding',
  'on the item (a dose of a substance known only from the WHO ATC index counts the `drug-not-in-lexicon` finding the',
  'check gives it on a chapter: its role is reported as not checked). Uncertain items are left out of the figures.',
  'A drug read as a salt of the ATC index counts as the labelled drug when the lexicon gives the salt that active moiety',
  '(the index\'s `moiety` column, derived by tools/lexicon-import from the salt-name rules: `glycopyrronium-bromide` →',
  '`glycopyrronium`, which the corpus labels). Doses in million units are compared as `MU` and `MU/kg`, as labelled.',
  'Sources added as a numbered batch (`batch:` in their source block) are also reported apart: the held-out part of',
  'the newest batch is text that no grammar change and no earlier measurement has seen (see the corpus README\'s exposure record).',
  '',
  ...sections,
].join('\n');
process.stdout.write(`${sections.join('\n')}\n`);
if (only === undefined) writeFileSync(join(root, 'docs', 'fidelity.md'), `${page}\n`);
