import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { repositoryRoot, tempProject } from './temp-project.js';

/** The real chapter 13, as a path from the project root. */
export const chapterPath = 'guideline-src/livmoderkroppscancer/13-behandling-av-aterfall.md';

/** A project holding the repository's real guideline, with the chapter changed by `edit` (text in, text or bytes out). */
export async function realGuideline(edit: (chapter: string) => string | Uint8Array = (chapter) => chapter): Promise<string> {
  const root = await tempProject({});
  await cp(path.join(repositoryRoot, 'guideline-src/livmoderkroppscancer'), path.join(root, 'guideline-src/livmoderkroppscancer'), { recursive: true });
  const chapter = await readFile(path.join(root, chapterPath), 'utf8');
  await writeFile(path.join(root, chapterPath), edit(chapter));
  return root;
}
