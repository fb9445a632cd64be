import type { Diagnostic, SectionNode, TrialNode } from '@guideline-as-code/model';
import type { GraphBuilder } from '../graph-builder.js';
import type { LineIndex } from '../text/line-index.js';
import type { MappedText } from '../text/mapped-text.js';
import type { PhraseMatcher } from '../vocabulary/phrase-matcher.js';
import type { SuppressionComment } from './suppressions.js';

/** A finder that reads one kind of thing out of a statement (doses, for example). */
export interface StatementReader {
  /** Called for every statement with its text (citation groups blanked out) and ids. */
  read(statement: { id: string; key: string; text: MappedText; section: SectionNode; context: string }, state: ChapterState): void;
}

/** What a chapter needs to know about the rest of the guideline to read its prose. */
export interface Vocabulary {
  drugs: PhraseMatcher<string>;
  trials: PhraseMatcher<string>;
  conditions: PhraseMatcher<string>;
  /** Extra readers run on every statement, e.g. the dose grammar. */
  readers: StatementReader[];
}

/** Everything a chapter reader updates while it walks one file. */
export interface ChapterState {
  file: string;
  text: string;
  lines: LineIndex;
  guidelineId: string;
  builder: GraphBuilder;
  vocabulary: Vocabulary;
  diagnostics: Diagnostic[];
  suppressions: SuppressionComment[];
  section: SectionNode | null;
  /** Statements numbered per section, so ids stay stable when other sections change. */
  statementCounts: Map<string, number>;
  recommendationCounts: Map<string, number>;
  /** Trials by the NCT id the text gives them, shared by all chapters of the guideline. */
  trialsByNct: Map<string, TrialNode>;
}
