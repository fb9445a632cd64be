import type { Root } from 'mdast';

/** One source file as text, with its path relative to the project root (forward slashes). */
export interface SourceFile {
  path: string;
  text: string;
}

/**
 * A chapter file. `tree`, when given, is its mdast as remark already parsed it (in an editor or
 * remark-cli), so it is read from that tree and not parsed a second time. It must have been
 * parsed from exactly `text` with `remarkGuidelineSyntax` (GFM tables, front matter, container
 * directives and the nesting limit, nothing more): other syntax extensions, such as text
 * directives, would change what is read.
 */
export interface ChapterFile extends SourceFile {
  tree?: Root;
}

/** Everything one guideline is built from. Files that do not exist are simply absent. */
export interface GuidelineSources {
  /** The guideline's folder name under guideline-src/, e.g. `livmoderkroppscancer`. */
  key: string;
  metadata?: SourceFile;
  references?: SourceFile;
  trials?: SourceFile;
  /** Chapter Markdown files, in reading order. */
  chapters: ChapterFile[];
  /** Drug lexicon files shared by all guidelines. */
  lexicon: SourceFile[];
  patientFacts?: SourceFile;
}
