import type { Heading } from 'mdast';
import type { SectionNode } from '@guideline-as-code/model';
import { inlineText } from '../text/inline-text.js';
import type { MappedText } from '../text/mapped-text.js';
import { reportCleaning } from './prose.js';
import type { ChapterState } from './state.js';

const numbered = /^(\d+(?:\.\d+)*)\.?\s+(.+)$/su;

/**
 * A heading starts a section. Its number comes first (`13.3.2.1 Immunterapi`); a heading
 * without a number is reported and its text is kept under the current section.
 */
/** The heading's text, mapped to its place in the file (a dose whose drug is written only there gets it). */
export function headingText(heading: Heading, state: ChapterState): MappedText {
  return inlineText(heading, state.text, state.lines).text;
}

export function readHeading(heading: Heading, state: ChapterState): void {
  const { text, cleaned } = inlineText(heading, state.text, state.lines);
  reportCleaning(cleaned, state);
  const source = heading.position
    ? state.lines.span(heading.position.start.offset ?? 0, heading.position.end.offset ?? 0)
    : text.span(0, text.text.length);
  const match = numbered.exec(text.text.trim());
  if (!match) {
    state.diagnostics.push({
      ruleId: 'section-number',
      severity: 'error',
      message: {
        en: `Heading \`${text.text.trim()}\` has no section number; write it as \`13.1 Title\`.`,
        sv: `Rubriken \`${text.text.trim()}\` saknar avsnittsnummer; skriv den som \`13.1 Rubrik\`.`,
      },
      source,
    });
    return;
  }
  const number = match[1]!;
  const parts = number.split('.');
  if (parts.length !== heading.depth) {
    state.diagnostics.push({
      ruleId: 'heading-depth',
      severity: 'warning',
      message: {
        en: `Section \`${number}\` has ${parts.length} part(s) but heading level ${heading.depth}; use \`${'#'.repeat(parts.length)}\`.`,
        sv: `Avsnitt \`${number}\` har ${parts.length} nivå(er) men rubriknivå ${heading.depth}; använd \`${'#'.repeat(parts.length)}\`.`,
      },
      source,
    });
  }
  const path = parts.map((_, index) => parts.slice(0, index + 1).join('.'));
  const section = state.builder.add<SectionNode>({
    id: `section:${number}`,
    type: 'section',
    source,
    number,
    title: match[2]!.trim(),
    depth: parts.length,
    path,
  });
  const parent = path.length > 1 ? state.builder.get(`section:${path[path.length - 2]}`) : undefined;
  state.builder.link('contains', parent?.type === 'section' ? parent.id : state.guidelineId, section.id);
  state.section = section;
  enterSectionHeading(state, text);
}

/** Makes `text` the heading of the current section, kept by its id for the sections below it. */
export function enterSectionHeading(state: ChapterState, text: MappedText): void {
  state.heading = text;
  if (state.section !== null) state.sectionHeadings.set(state.section.id, text);
}
