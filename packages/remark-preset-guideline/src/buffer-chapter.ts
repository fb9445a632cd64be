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

/**
 * The guideline with the buffer in place of the chapter of the same path on disk, or null when
 * the guideline has no such chapter: the file is not one the guideline reader reads (a README,
 * a Markdown file in the lexicon folder), or it has not been saved yet.
 */
export function withChapter(sources: GuidelineSources, chapter: ChapterFile): GuidelineSources | null {
  if (!sources.chapters.some((file) => file.path === chapter.path)) return null;
  return { ...sources, chapters: sources.chapters.map((file) => (file.path === chapter.path ? chapter : file)) };
}
