/** One source file as text, with its path relative to the project root (forward slashes). */
export interface SourceFile {
  path: string;
  text: string;
}

/** Everything one guideline is built from. Files that do not exist are simply absent. */
export interface GuidelineSources {
  /** The guideline's folder name under guideline-src/, e.g. `livmoderkroppscancer`. */
  key: string;
  metadata?: SourceFile;
  references?: SourceFile;
  trials?: SourceFile;
  /** Chapter Markdown files, in reading order. */
  chapters: SourceFile[];
  /** Drug lexicon files shared by all guidelines. */
  lexicon: SourceFile[];
  patientFacts?: SourceFile;
}
