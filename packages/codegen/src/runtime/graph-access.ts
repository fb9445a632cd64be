import type { SourceSpan } from './source-span.js';

/** A point as the knowledge graph stores it: 1-based line and column, 0-based UTF-16 offset. */
interface GraphPoint {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

/** The least a graph node has: an id, a type and the span it comes from. */
export interface GraphNodeShape {
  readonly id: string;
  readonly type: string;
  readonly source: { readonly file: string; readonly start: GraphPoint; readonly end: GraphPoint };
}

export interface GraphEdgeShape {
  readonly type: string;
  readonly from: string;
  readonly to: string;
}

/** Which way to follow edges from a node: to the nodes it points at, from those pointing at it, or both. */
export type EdgeDirection = 'out' | 'in' | 'both';

export interface NeighbourQuery<EdgeType extends string> {
  /** Only edges of this type; all types when absent. */
  readonly edge?: EdgeType | undefined;
  /** Default `out`. */
  readonly direction?: EdgeDirection | undefined;
}

/** Read access to one knowledge graph, indexed once so that every look-up is a map access. */
export interface GraphAccess<N extends GraphNodeShape, E extends GraphEdgeShape> {
  /** The node with this id, or undefined. */
  node(id: string): N | undefined;
  /** Every node of a type, in graph order. */
  nodesOfType<T extends N['type']>(type: T): readonly Extract<N, { readonly type: T }>[];
  /** The edges at a node, in graph order. */
  edgesOf(id: string, query?: NeighbourQuery<E['type']>): readonly E[];
  /** The nodes at the other end of a node's edges, in graph order, each once. */
  neighbours(id: string, query?: NeighbourQuery<E['type']>): readonly N[];
  /** Where a node comes from, with the exact source text; undefined for an unknown id. */
  sourceOf(id: string): SourceSpan | undefined;
}

/**
 * Indexes a graph for reading. `sourceTexts` maps each node id to the text of its source span
 * (the knowledge-graph package ships it as `source-texts.json`).
 */
export function createGraphAccess<N extends GraphNodeShape, E extends GraphEdgeShape>(
  graph: { readonly nodes: readonly N[]; readonly edges: readonly E[] },
  sourceTexts: Readonly<Record<string, string>>,
): GraphAccess<N, E> {
  const byId = new Map<string, N>();
  const byType = new Map<string, N[]>();
  const outgoing = new Map<string, E[]>();
  const incoming = new Map<string, E[]>();
  for (const node of graph.nodes) {
    byId.set(node.id, node);
    push(byType, node.type, node);
  }
  for (const edge of graph.edges) {
    push(outgoing, edge.from, edge);
    push(incoming, edge.to, edge);
  }

  const edgesOf = (id: string, query: NeighbourQuery<E['type']> = {}): readonly E[] => {
    const direction = query.direction ?? 'out';
    const edges = [
      ...(direction === 'in' ? [] : (outgoing.get(id) ?? [])),
      ...(direction === 'out' ? [] : (incoming.get(id) ?? [])),
    ];
    return query.edge === undefined ? edges : edges.filter((edge) => edge.type === query.edge);
  };

  return {
    node: (id) => byId.get(id),
    nodesOfType: <T extends N['type']>(type: T) => (byType.get(type) ?? []) as Extract<N, { readonly type: T }>[],
    edgesOf,
    neighbours(id, query) {
      const found = new Map<string, N>();
      for (const edge of edgesOf(id, query)) {
        const other = byId.get(edge.from === id ? edge.to : edge.from);
        if (other && !found.has(other.id)) found.set(other.id, other);
      }
      return [...found.values()];
    },
    sourceOf(id) {
      const node = byId.get(id);
      if (!node) return undefined;
      const { file, start, end } = node.source;
      return { file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, text: sourceTexts[id] ?? '' };
    },
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
