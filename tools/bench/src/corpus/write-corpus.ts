import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { realChapterFile, realGuideline } from '../paths.js';
import { renumberChapter } from './renumber-chapter.js';

/** The real chapter's number. */
const realChapterNumber = 13;

export interface CorpusShape {
  guidelines: number;
  /** Chapters in all guidelines together, dealt out in turn (guideline 1 gets the first extra). */
  chapters: number;
}

export interface Corpus {
  /** The project root of the corpus: it holds guideline-src/. */
  root: string;
  shape: CorpusShape;
  guidelines: string[];
  /** Every chapter, relative to the corpus root. */
  chapterFiles: string[];
  /** Bytes of Markdown (chapters only, as UTF-8). */
  markdownBytes: number;
}

/**
 * A synthetic project: the real chapter replicated into `guidelines` guidelines with their
 * own `guideline.yaml`, `references.yaml` and `trials.yaml`, each chapter renumbered (13, 14,
 * …) with its own regimen and rule ids so that every guideline's graph grows with its
 * chapters. The shared lexicon and vocabulary are copied as they are. `config`, when given,
 * is written as the project's guideline.config.json.
 */
export async function writeCorpus(repoRoot: string, root: string, shape: CorpusShape, config?: unknown): Promise<Corpus> {
  const source = path.join(repoRoot, realGuideline);
  const chapter = await readFile(path.join(source, realChapterFile), 'utf8');
  await rm(root, { recursive: true, force: true });
  await mkdir(path.join(root, 'guideline-src'), { recursive: true });
  for (const shared of ['lexicon', 'vocabulary']) {
    await cp(path.join(repoRoot, 'guideline-src', shared), path.join(root, 'guideline-src', shared), { recursive: true });
  }
  if (config !== undefined) await writeFile(path.join(root, 'guideline.config.json'), `${JSON.stringify(config, null, 2)}\n`);
  const guidelines: string[] = [];
  const chapterFiles: string[] = [];
  let markdownBytes = 0;
  for (let g = 0; g < shape.guidelines; g++) {
    const key = `riktlinje-${String(g + 1).padStart(3, '0')}`;
    const dir = path.join(root, 'guideline-src', key);
    await mkdir(dir, { recursive: true });
    const metadata = await readFile(path.join(source, 'guideline.yaml'), 'utf8');
    await writeFile(path.join(dir, 'guideline.yaml'), metadata.replace(/^id: .*$/m, `id: ${key}`).replace(/^title: .*$/m, `title: Syntetisk riktlinje ${g + 1}`));
    for (const file of ['references.yaml', 'trials.yaml']) await cp(path.join(source, file), path.join(dir, file));
    const count = Math.floor(shape.chapters / shape.guidelines) + (g < shape.chapters % shape.guidelines ? 1 : 0);
    for (let c = 0; c < count; c++) {
      const number = realChapterNumber + c;
      const text = renumberChapter(chapter, realChapterNumber, number);
      // Zero-padded so that the folder's sorted order is the chapters' reading order.
      const file = path.join(dir, `${String(number).padStart(3, '0')}-behandling-av-aterfall.md`);
      await writeFile(file, text);
      chapterFiles.push(path.relative(root, file));
      markdownBytes += Buffer.byteLength(text);
    }
    guidelines.push(key);
  }
  return { root, shape, guidelines, chapterFiles, markdownBytes };
}

/** How many chapters make `megabytes` MiB of Markdown, given the size of the real chapter. */
export async function chaptersFor(repoRoot: string, megabytes: number): Promise<number> {
  const bytes = (await readFile(path.join(repoRoot, realGuideline, realChapterFile))).byteLength;
  return Math.max(1, Math.round((megabytes * 2 ** 20) / bytes));
}
