import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chaptersFor, writeCorpus, type Corpus, type CorpusShape } from './write-corpus.js';

/**
 * The shape of a corpus of `chapters` chapters: about √n guidelines of √n chapters each, so
 * that both the number of guidelines and the size of each guideline's graph grow with the
 * corpus (a rule that is quadratic within a guideline shows as a rising cost per MB).
 */
export function shapeFor(chapters: number): CorpusShape {
  return { guidelines: Math.max(1, Math.round(Math.sqrt(chapters))), chapters };
}

/** A corpus of about `megabytes` MiB of Markdown in a fresh temporary folder. */
export async function corpusOfSize(repoRoot: string, megabytes: number, config?: unknown): Promise<Corpus> {
  const chapters = await chaptersFor(repoRoot, megabytes);
  return corpusOfChapters(repoRoot, chapters, config, `${megabytes}mb`);
}

export async function corpusOfChapters(repoRoot: string, chapters: number, config?: unknown, label = `${chapters}ch`): Promise<Corpus> {
  const root = await mkdtemp(path.join(os.tmpdir(), `guideline-bench-${label}-`));
  return writeCorpus(repoRoot, root, shapeFor(chapters), config);
}

export async function removeCorpus(corpus: Corpus): Promise<void> {
  await rm(corpus.root, { recursive: true, force: true });
}
