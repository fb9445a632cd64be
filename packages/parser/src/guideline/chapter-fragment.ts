import type { Root } from 'mdast';
import type { GraphEdge, GraphNode } from '@guideline-as-code/model';
import { LineIndex, type Diagnostic } from '@guideline-as-code/types';
import { readChapter, type DirectiveReaders } from '../chapter/read-chapter.js';
import type { BlockCache } from '../chapter/block-readings.js';
import type { ChapterState, NctMention, Vocabulary } from '../chapter/state.js';
import type { SuppressionComment } from '../chapter/suppressions.js';
import { GraphBuilder } from '../graph-builder.js';
import type { ChapterFile } from '../guideline-sources.js';
import { parseMarkdown } from '../markdown.js';
import { schemaFindings } from './schema-checked-nodes.js';

/** A chapter file with its syntax tree: the one it came with, or parsed only when something needs it. */
export class ChapterSource {
  readonly file: string;
  readonly text: string;
  private parsedTree: Root | undefined;
  private lineIndex: LineIndex | undefined;

  constructor(source: ChapterFile) {
    this.file = source.path;
    this.text = source.text;
    this.parsedTree = source.tree;
  }

  get tree(): Root {
    this.parsedTree ??= parseMarkdown(this.text);
    return this.parsedTree;
  }

  get lines(): LineIndex {
    this.lineIndex ??= new LineIndex(this.file, this.text);
    return this.lineIndex;
  }
}

/** What a chapter needs from the rest of its guideline to be read. */
export interface ChapterContext {
  guidelineId: string;
  vocabulary: Vocabulary;
  directives: DirectiveReaders;
  /** Where the readings of single blocks are kept, so that an edited chapter reads only the blocks an edit changed. */
  blocks?: BlockCache;
}

/**
 * Everything one chapter adds to the guideline. It depends only on the chapter's text and
 * its context, so it can be kept by content hash and reused when the chapter did not change.
 */
export interface ChapterFragment {
  nodes: GraphNode[];
  edges: GraphEdge[];
  diagnostics: Diagnostic[];
  suppressions: SuppressionComment[];
  nctMentions: NctMention[];
}

/** Reads a chapter into `builder` (its own, for a fragment; the guideline's, when ids collide). */
export function readChapterInto(
  chapter: ChapterSource,
  context: ChapterContext,
  builder: GraphBuilder,
  blocks?: BlockCache,
): Omit<ChapterFragment, 'nodes' | 'edges'> {
  const state: ChapterState = {
    file: chapter.file,
    text: chapter.text,
    lines: chapter.lines,
    guidelineId: context.guidelineId,
    builder,
    vocabulary: context.vocabulary,
    diagnostics: [],
    suppressions: [],
    section: null,
    statementCounts: new Map(),
    recommendationCounts: new Map(),
    ruleCounts: new Map(),
    decomposedReported: false,
    heading: null,
    sectionHeadings: new Map(),
    lastStatements: [],
    nctMentions: [],
  };
  readChapter(chapter.tree, state, context.directives, blocks);
  return { diagnostics: state.diagnostics, suppressions: state.suppressions, nctMentions: state.nctMentions };
}

/**
 * Reads a chapter on its own, into a fragment. Its nodes are validated against the schema
 * here, once, so that a fragment taken from the cache is not validated again on every check
 * (nor a node replayed from a block's kept reading, see `schema-checked-nodes.ts`).
 */
export function readChapterFragment(chapter: ChapterSource, context: ChapterContext): ChapterFragment {
  const builder = new GraphBuilder();
  const rest = readChapterInto(chapter, context, builder, context.blocks);
  const { nodes, edges } = builder.build(context.guidelineId);
  return { nodes, edges, ...rest, diagnostics: [...rest.diagnostics, ...schemaFindings(nodes)] };
}
