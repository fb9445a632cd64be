import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { Diagnostic } from '@guideline-as-code/types';
import { decodeSource, type ChapterFile, type GuidelineSources } from '@guideline-as-code/parser';

/**
 * The chapter being linted as remark has it: the (possibly unsaved) text, decoded and checked
 * as a file on disk is (a byte-order mark dropped, as micromark drops it from positions; control
 * characters reported), and the tree remark parsed from it, so that it is not parsed again.
 */
export function bufferChapter(file: VFile, tree: Root, relative: string): { chapter: ChapterFile; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const bytes = typeof file.value === 'string' ? new TextEncoder().encode(file.value) : file.value;
  const text = decodeSource(relative, bytes, diagnostics);
  return { chapter: { path: relative, text, tree }, diagnostics };
}

/** The guideline with the buffer in place of the file on disk of the same path (or added, when it is new). */
export function withChapter(sources: GuidelineSources, chapter: ChapterFile): GuidelineSources {
  const others = sources.chapters.filter((file) => file.path !== chapter.path);
  // Chapters are read in file name order, as they are listed from disk.
  const chapters = [...others, chapter].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { ...sources, chapters };
}
