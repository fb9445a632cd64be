import type { Diagnostic } from '@guideline-as-code/types';
import type { Element } from 'hast';
import { h } from 'hastscript';
import { findingKind, findingNote } from '../pages/finding-note.js';
import { sitePaths } from '../pages/site-paths.js';
import type { SiteLanguage } from '../site-input.js';
import type { TextRanges } from './text-ranges.js';

/** A finding of the chapter with its number among all findings of the guideline (for its id). */
export interface NumberedFinding {
  diagnostic: Diagnostic;
  index: number;
}

/**
 * Shows each finding at its position: the text it is about is underlined (in the finding's
 * style) and the note follows it. A finding whose span holds no text (a block's first line, a
 * comment) gets its note before the next text; one past the end of the text is returned.
 */
export function annotateFindings(ranges: TextRanges, findings: readonly NumberedFinding[], language: SiteLanguage, after: Map<Element, Element>): NumberedFinding[] {
  const unplaced: NumberedFinding[] = [];
  for (const finding of findings) {
    const { diagnostic, index } = finding;
    const source = diagnostic.source!;
    const note = findingNote(diagnostic, language, sitePaths.findingId(index));
    const kind = findingKind(diagnostic);
    const pieces = ranges.wrap(source.start.offset, source.end.offset, () => h(`span.flagged.flagged-${kind}`));
    // After the last piece of prose: a note inside the code of a `::villkor` line would read as code.
    const last = pieces.filter((piece) => piece.parent !== 'code').at(-1) ?? pieces.at(-1);
    if (last) after.set(last.wrapper, note);
    else if (!ranges.insertBefore(source.start.offset, note)) unplaced.push(finding);
  }
  return unplaced;
}
