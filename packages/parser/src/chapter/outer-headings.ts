import type { MappedText } from '../text/mapped-text.js';
import type { ChapterState } from './state.js';

/**
 * The headings of the sections above the current one (by its number's path, those read in this
 * chapter), nearest first: a dose under a heading that names no drug may take the drug of one of them.
 */
export function outerHeadings(state: Pick<ChapterState, 'section' | 'sectionHeadings'>): MappedText[] {
  const path = state.section?.path ?? [];
  return path
    .slice(0, -1)
    .reverse()
    .flatMap((number) => state.sectionHeadings.get(`section:${number}`) ?? []);
}
