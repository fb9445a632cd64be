import type { FactDeclaration } from '@guideline-as-code/conditions';
import type { SectionNode, StatementNode } from '@guideline-as-code/model';
import type { Diagnostic, LineIndex, Source, Stated } from '@guideline-as-code/types';
import type { GraphBuilder } from '../graph-builder.js';
import type { MappedText } from '../text/mapped-text.js';
import type { PhraseMatcher } from '../vocabulary/phrase-matcher.js';
import type { SuppressionComment } from './suppressions.js';

/** What a phrase in prose names: a drug, a patient condition or a trial (a node id). */
export interface MentionTarget {
  kind: 'drug' | 'condition' | 'trial';
  id: string;
}

/** A finder that reads one kind of thing out of a statement (doses, for example). */
export interface StatementReader {
  /** Called for every statement with its text (citation groups blanked out) and ids. */
  read(statement: ReadStatement, state: ChapterState): void;
}

/** A statement as readers see it: its text with citations blanked out, and where it stands. */
export interface ReadStatement {
  id: string;
  /** The id without its `statement:` prefix, for the ids of what the statement contains. */
  key: string;
  text: MappedText;
  section: SectionNode;
  /** The text of the section's heading (null before the first heading). */
  heading: MappedText | null;
  /** The headings of the sections it stands in, nearest first (`13.3.2 Paklitaxel` above `13.3.2.1 Dosering`). */
  outerHeadings: readonly MappedText[];
  /** The sentences of its paragraph before it, nearest first, citations blanked out (at most `SENTENCES_LOOKED_BACK`). */
  earlierSentences: readonly MappedText[];
  context: string;
  /** The trial this sentence, or an earlier sentence of its paragraph, names (a trial node id). */
  trial: string | null;
}

/** What a chapter needs to know about the rest of the guideline to read its prose. */
export interface Vocabulary {
  /** Drug names, for regimen table cells. */
  drugs: PhraseMatcher<string>;
  /** Drug, condition and trial names together: prose is scanned once for all of them. */
  mentions: PhraseMatcher<MentionTarget>;
  /** The patient facts rule conditions may read. */
  facts: FactDeclaration[];
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
  /** The text of the heading that started the current section: a dose whose drug is written only there gets it. */
  heading: MappedText | null;
  /** The heading of each section read so far, by section id: a heading that names no drug passes the question to those above it (`outerHeadings`). */
  sectionHeadings: Map<string, MappedText>;
  /** Statements numbered per section, so ids stay stable when other sections change. */
  statementCounts: Map<string, number>;
  recommendationCounts: Map<string, number>;
  ruleCounts: Map<string, number>;
  /** The statements of the block just read, which a `::villkor` directive after it refers to. */
  lastStatements: StatementNode[];
  /** Decomposed letters are reported once per file: re-saving the file in NFD is one fact, not one per paragraph. */
  decomposedReported: boolean;
  /** NCT ids found in the text, settled for the whole guideline when chapters are merged. */
  nctMentions: NctMention[];
}

/** An NCT id in the text and the trial named just before it in its sentence, if any. */
export interface NctMention {
  mention: string;
  statement: string;
  /** The id with the span that writes it. */
  nct: Stated<string>;
  namedTrial: string | null;
}
