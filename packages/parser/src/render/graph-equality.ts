import type { GraphEdge, KnowledgeGraph } from '@guideline-as-code/model';

/** A graph node with its positions left out, for comparing what two readings found. */
export type NodeWithoutPositions = Record<string, unknown>;

/**
 * The graph without source positions: nodes sorted by id and edges by type, from and to.
 * Positions are dropped wherever they stand: every source span, and the text of every stated
 * value (a rendered cell may be written differently, e.g. `AUC5` as `AUC 5`).
 */
export function withoutPositions(graph: KnowledgeGraph): { nodes: NodeWithoutPositions[]; edges: GraphEdge[] } {
  const nodes = graph.nodes.map((node) => stripPositions(node) as NodeWithoutPositions).sort((a, b) => compare(String(a['id']), String(b['id'])));
  const edges = [...graph.edges].sort((a, b) => compare(edgeKey(a), edgeKey(b)));
  return { nodes, edges };
}

/**
 * What differs between two graphs, modulo positions: one line per node that is missing,
 * extra or different (with both versions), and per edge that is missing or extra. Empty
 * when the graphs are the same.
 */
export function graphDifferences(expected: KnowledgeGraph, actual: KnowledgeGraph): string[] {
  const before = withoutPositions(expected);
  const after = withoutPositions(actual);
  const differences: string[] = [];
  const byId = (nodes: NodeWithoutPositions[]) => new Map(nodes.map((node) => [String(node['id']), JSON.stringify(node)]));
  const old = byId(before.nodes);
  const now = byId(after.nodes);
  for (const [id, json] of old) {
    const other = now.get(id);
    if (other === undefined) differences.push(`missing node ${json}`);
    else if (other !== json) differences.push(`different node ${id}:\n  expected ${json}\n  actual   ${other}`);
  }
  for (const [id, json] of now) if (!old.has(id)) differences.push(`extra node ${json}`);
  const oldEdges = new Set(before.edges.map(edgeKey));
  const newEdges = new Set(after.edges.map(edgeKey));
  for (const edge of oldEdges) if (!newEdges.has(edge)) differences.push(`missing edge ${edge}`);
  for (const edge of newEdges) if (!oldEdges.has(edge)) differences.push(`extra edge ${edge}`);
  return differences;
}

/**
 * A value without its positions: every source span is left out wherever it stands (a node's
 * `source`, a dose's `drugFromSentence`, an unknown grade's mark), and so is the text of a
 * stated (or not stated, or derived) value, which is the text of its span.
 */
function stripPositions(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripPositions);
  if (!isRecord(value)) return value;
  const stated = 'notStated' in value;
  return Object.fromEntries(
    Object.entries(value).flatMap(([key, item]) => (isSourceSpan(item) || (stated && (key === 'source' || key === 'text')) ? [] : [[key, stripPositions(item)]])),
  );
}

/** The one span shape of the toolchain: a file and a start and end point. */
function isSourceSpan(value: unknown): boolean {
  return isRecord(value) && typeof value['file'] === 'string' && isRecord(value['start']) && isRecord(value['end']);
}

function edgeKey(edge: GraphEdge): string {
  return `${edge.type} ${edge.from} -> ${edge.to}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
