import type { Root } from 'mdast';
import type { GraphNode, KnowledgeGraph } from '@guideline-as-code/model';
import { LineIndex, type Source } from '@guideline-as-code/types';
import type { SourceFile } from '../guideline-sources.js';
import { Holders } from './holders.js';
import { proseCharacters } from './prose-characters.js';

/** A run of prose characters that no node, or more than one node, holds. */
export interface CoverageSpan {
  source: Source;
  /** The source text of the run, as written. */
  text: string;
  /** The nodes that hold it: none for an uncovered run, two or more for a doubly covered one. */
  nodes: string[];
}

/** How much of one chapter's prose ends up in the graph, in exactly one node. */
export interface ProseCoverage {
  file: string;
  proseCharacters: number;
  /** Prose characters held by exactly one text-bearing node. */
  coveredOnce: number;
  /** coveredOnce as a percentage of proseCharacters; 100 for a chapter without prose. */
  percentage: number;
  uncovered: CoverageSpan[];
  doublyCovered: CoverageSpan[];
}

/**
 * The nodes that hold text: a statement holds its sentence, a section its heading. The
 * stand-in section that text before the first heading is read under (number `0`, no title)
 * has no heading of its own.
 */
function holdsText(node: GraphNode): boolean {
  return node.type === 'statement' || (node.type === 'section' && node.title !== '');
}

/**
 * Checks that every prose character of a chapter (see `proseCharacters`) ends up in exactly
 * one text-bearing node of the graph: a statement (one sentence) or a section (its heading).
 * A citation group counts as held by the statement its citations belong to, also when it
 * stands after the sentence's full stop. What is not held was dropped; what is held twice
 * was read twice.
 */
export function proseCoverage(chapter: SourceFile, tree: Root, graph: KnowledgeGraph): ProseCoverage {
  const lines = new LineIndex(chapter.path, chapter.text);
  const prose = proseCharacters(tree, chapter.text, lines);
  const { offsets } = prose;
  const holders = new Holders(offsets.length);
  const indexOf = (offset: number) => lowerBound(offsets, offset);

  const inFile = graph.nodes.filter((node) => node.source.file === chapter.path);
  for (const node of inFile) {
    if (!holdsText(node)) continue;
    for (let i = indexOf(node.source.start.offset); i < offsets.length && offsets[i]! < node.source.end.offset; i++) holders.add(i, node.id);
  }
  const citationParents = parentsOfCitations(graph, inFile);
  const citations = inFile.filter((node) => node.type === 'citation').sort((a, b) => a.source.start.offset - b.source.start.offset);
  const citationStarts = citations.map((node) => node.source.start.offset);
  for (const group of prose.citationGroups) {
    const owner = citations[lowerBound(citationStarts, group.start)];
    const parent = owner && owner.source.start.offset < group.end ? citationParents.get(owner.id) : undefined;
    if (!parent) continue;
    for (let i = indexOf(group.start); i < offsets.length && offsets[i]! < group.end; i++) if (holders.countAt(i) === 0) holders.add(i, parent);
  }

  let coveredOnce = 0;
  for (let i = 0; i < offsets.length; i++) if (holders.countAt(i) === 1) coveredOnce++;
  return {
    file: chapter.path,
    proseCharacters: offsets.length,
    coveredOnce,
    percentage: offsets.length === 0 ? 100 : (100 * coveredOnce) / offsets.length,
    uncovered: runs(chapter.text, lines, offsets, holders, (count) => count === 0),
    doublyCovered: runs(chapter.text, lines, offsets, holders, (count) => count > 1),
  };
}

/** The statement that holds each citation (by the graph's `contains` edges). */
function parentsOfCitations(graph: KnowledgeGraph, nodes: readonly GraphNode[]): Map<string, string> {
  const citations = new Set(nodes.filter((node) => node.type === 'citation').map((node) => node.id));
  const parents = new Map<string, string>();
  for (const edge of graph.edges) if (edge.type === 'contains' && citations.has(edge.to)) parents.set(edge.to, edge.from);
  return parents;
}

/** Joins neighbouring characters with the same holders (only white space between) into spans. */
function runs(text: string, lines: LineIndex, offsets: readonly number[], holders: Holders, wanted: (count: number) => boolean): CoverageSpan[] {
  const spans: CoverageSpan[] = [];
  let start = -1;
  for (let i = 0; i <= offsets.length; i++) {
    const open = start !== -1;
    const continues =
      i < offsets.length &&
      wanted(holders.countAt(i)) &&
      (!open || (holders.same(i, i - 1) && /^[\s\u200B-\u200D\u2060\uFEFF\u00AD]*$/u.test(text.slice(offsets[i - 1]! + 1, offsets[i]!))));
    if (open && !continues) {
      const from = offsets[start]!;
      const to = offsets[i - 1]! + 1;
      spans.push({ source: lines.span(from, to), text: text.slice(from, to), nodes: holders.nodesAt(start) });
      start = -1;
    }
    if (start === -1 && i < offsets.length && wanted(holders.countAt(i))) start = i;
  }
  return spans;
}

/** The first index whose value is at least `value`. */
function lowerBound(values: readonly number[], value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (values[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
