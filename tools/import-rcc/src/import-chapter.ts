/**
 * Imports one plain-text chapter: layout, citations, Markdown, and what to report.
 * Pure: text in, Markdown and findings out. Reading and writing files is the CLI's job.
 */
import { citeParagraph, type NumberDecision } from './cite-paragraph.js';
import { readChapterLayout, type Block, type LineNote, type SourceLine } from './sections.js';
import type { ReferenceRange } from './split-citations.js';
import { markdownHazards, renderChapter } from './to-markdown.js';

export interface ImportOptions {
  /** The chapter number, e.g. "13". */
  readonly chapter: string;
  /** File name slug, e.g. "behandling-av-aterfall". */
  readonly slug: string;
  /** The numbers of the programme's reference list; the plain text does not contain the list. */
  readonly references: ReferenceRange;
  /** The input's path relative to the guideline folder, recorded in the front matter. */
  readonly importedFrom: string;
  readonly chromeLines?: readonly string[];
}

export interface ImportResult {
  readonly fileName: string;
  readonly markdown: string;
  readonly title: string;
  /** Distinct cited numbers, ascending. */
  readonly cited: readonly number[];
  readonly citationGroups: number;
  readonly citationKeys: number;
  readonly headings: readonly string[];
  readonly recommendations: { readonly items: number; readonly graded: number };
  readonly skipped: readonly LineNote[];
  /** Numbers left as printed because they allow more than one reading; an editor decides. */
  readonly ambiguities: readonly LineNote[];
  /** Layout problems, Markdown hazards and citations in unusual places. */
  readonly notes: readonly LineNote[];
  readonly decisions: readonly (NumberDecision & { readonly line: number })[];
}

/** `(+)`, `(++)` or `(+++)` as printed in a recommendation. */
export const EVIDENCE_GRADE = /\((\+{1,3})\)/u;

/** "13" → "13", "1" → "01": the convention names chapter files <nn>-<slug>.md. */
export function chapterFileName(chapter: string, slug: string): string {
  return `${chapter.padStart(2, '0')}-${slug}.md`;
}

export function importChapter(text: string, options: ImportOptions): ImportResult {
  const layout = readChapterLayout(text, { chapter: options.chapter, ...(options.chromeLines ? { chromeLines: options.chromeLines } : {}) });
  const ambiguities: LineNote[] = [];
  const notes: LineNote[] = [...layout.issues];
  const decisions: (NumberDecision & { line: number })[] = [];
  const cited = new Set<number>();
  let citationGroups = 0;
  let citationKeys = 0;

  // Citations, ambiguities and hazards of one line of prose (a paragraph or a bullet).
  const cite = (source: SourceLine): string => {
    const result = citeParagraph(source.text, options.references);
    for (const group of result.groups) {
      citationGroups++;
      citationKeys += group.length;
      group.forEach((n) => cited.add(n));
    }
    ambiguities.push(...result.reports.map((message) => ({ line: source.line, message })));
    notes.push(...result.notes.map((message) => ({ line: source.line, message })));
    notes.push(...markdownHazards(result.text, source.line));
    decisions.push(...result.decisions.map((d) => ({ ...d, line: source.line })));
    return result.text;
  };

  const blocks: Block[] = layout.blocks.map((block) => {
    switch (block.kind) {
      case 'heading':
        return block;
      case 'paragraph':
        return { ...block, text: cite(block) };
      case 'recommendations':
      case 'list':
        return { ...block, items: block.items.map((item) => ({ line: item.line, text: cite(item) })) };
    }
  });

  const chapterHeading = blocks[0]?.kind === 'heading' ? blocks[0] : undefined;
  if (!chapterHeading) throw new Error('the text has no chapter title');
  const boxItems = blocks.flatMap((b) => (b.kind === 'recommendations' ? b.items : []));
  const markdown = renderChapter(
    { chapter: /^\d+$/u.test(options.chapter) ? Number(options.chapter) : options.chapter, title: chapterHeading.title, 'imported-from': options.importedFrom },
    blocks,
  );

  return {
    fileName: chapterFileName(options.chapter, options.slug),
    markdown,
    title: chapterHeading.title,
    cited: [...cited].sort((a, b) => a - b),
    citationGroups,
    citationKeys,
    headings: blocks.flatMap((b) => (b.kind === 'heading' ? [b.number] : [])),
    recommendations: { items: boxItems.length, graded: boxItems.filter((item) => EVIDENCE_GRADE.test(item.text)).length },
    skipped: layout.skipped,
    ambiguities,
    notes: notes.sort((a, b) => a.line - b.line),
    decisions,
  };
}
