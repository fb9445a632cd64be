import type { GraphEdge, GraphNode, KnowledgeGraph } from './graph-types.generated.js';

type EdgeType = GraphEdge['type'];

/** Which way to follow edges from a node: to the nodes it points at, from those pointing at it, or both. */
export type EdgeDirection = 'out' | 'in' | 'both';

export interface NeighbourQuery {
  /** Only edges of this type; all types when absent. */
  readonly edge?: EdgeType | undefined;
  /** Default `out`. */
  readonly direction?: EdgeDirection | undefined;
}
type NodeOfType<T extends GraphNode['type']> = Extract<GraphNode, { type: T }>;

/**
 * Read access to a graph: nodes by id and by type, and the neighbours along typed edges.
 * Built once in linear time so that rules never scan the whole graph per statement.
 */
export class GraphIndex {
  readonly graph: KnowledgeGraph;
  private readonly byId = new Map<string, GraphNode>();
  private readonly byType = new Map<string, GraphNode[]>();
  private readonly outgoing = new Map<string, GraphEdge[]>();
  private readonly incoming = new Map<string, GraphEdge[]>();

  constructor(graph: KnowledgeGraph) {
    this.graph = graph;
    for (const node of graph.nodes) {
      this.byId.set(node.id, node);
      pushTo(this.byType, node.type, node);
    }
    for (const edge of graph.edges) {
      pushTo(this.outgoing, edge.from, edge);
      pushTo(this.incoming, edge.to, edge);
    }
  }

  get(id: string): GraphNode | undefined {
    return this.byId.get(id);
  }

  ofType<T extends GraphNode['type']>(type: T): NodeOfType<T>[] {
    return (this.byType.get(type) ?? []) as NodeOfType<T>[];
  }

  /** Nodes that `id` points to along edges of `type`, in edge order. */
  targets(id: string, type?: EdgeType): GraphNode[] {
    return this.follow(this.outgoing.get(id), type, 'to');
  }

  /** Nodes that point to `id` along edges of `type`, in edge order. */
  sources(id: string, type?: EdgeType): GraphNode[] {
    return this.follow(this.incoming.get(id), type, 'from');
  }

  /** The edges at a node (default: outgoing), in graph order. */
  edgesOf(id: string, query: NeighbourQuery = {}): GraphEdge[] {
    const direction = query.direction ?? 'out';
    const edges = [...(direction === 'in' ? [] : (this.outgoing.get(id) ?? [])), ...(direction === 'out' ? [] : (this.incoming.get(id) ?? []))];
    return query.edge === undefined ? edges : edges.filter((edge) => edge.type === query.edge);
  }

  /** The nodes at the other end of a node's edges (default: outgoing), each once, in graph order. */
  neighbours(id: string, query: NeighbourQuery = {}): GraphNode[] {
    const found = new Map<string, GraphNode>();
    for (const edge of this.edgesOf(id, query)) {
      const other = this.byId.get(edge.from === id ? edge.to : edge.from);
      if (other && !found.has(other.id)) found.set(other.id, other);
    }
    return [...found.values()];
  }

  /** The nearest node of `nodeType` that contains `id` (walking `contains` edges upwards). */
  container<T extends GraphNode['type']>(id: string, nodeType: T): NodeOfType<T> | undefined {
    const seen = new Set<string>();
    let current = this.sources(id, 'contains')[0];
    while (current && !seen.has(current.id)) {
      if (current.type === nodeType) return current as NodeOfType<T>;
      seen.add(current.id);
      current = this.sources(current.id, 'contains')[0];
    }
    return undefined;
  }

  private follow(edges: GraphEdge[] | undefined, type: EdgeType | undefined, end: 'from' | 'to'): GraphNode[] {
    const found: GraphNode[] = [];
    for (const edge of edges ?? []) {
      if (type !== undefined && edge.type !== type) continue;
      const node = this.byId.get(edge[end]);
      if (node) found.push(node);
    }
    return found;
  }
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
