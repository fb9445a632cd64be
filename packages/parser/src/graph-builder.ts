import type { GraphEdge, GraphNode, KnowledgeGraph } from '@guideline-as-code/model';

/** Told what a reader does with the builder, so that what one block of a chapter added and looked up can be kept. */
export interface BuilderObserver {
  /** A node was added; `stored` is it as kept (with a `~n` suffix when its id was taken). */
  added(node: GraphNode, stored: GraphNode): void;
  /** A link was asked for, whether or not it was there already. */
  linked(type: GraphEdge['type'], from: string, to: string): void;
  /** A node was looked up by id. */
  looked(id: string, found: GraphNode | undefined): void;
}

/**
 * Collects nodes and edges. Ids must be unique; when the sources produce the same id twice
 * (e.g. a duplicated section number) the second node gets a `~2` suffix so that both stay in
 * the graph and a rule can report the duplicate at both places.
 */
export class GraphBuilder {
  private readonly nodes: GraphNode[] = [];
  private readonly edges: GraphEdge[] = [];
  private readonly ids = new Map<string, GraphNode>();
  private readonly edgeKeys = new Set<string>();
  /** Set while one block of a chapter is read with its readings kept (chapter/block-readings.ts). */
  observer: BuilderObserver | undefined;

  /** Adds a node and returns the id it was stored under. */
  add<T extends GraphNode>(node: T): T {
    let id = node.id;
    for (let n = 2; this.ids.has(id); n++) id = `${node.id}~${n}`;
    const stored = id === node.id ? node : { ...node, id };
    this.ids.set(id, stored);
    this.nodes.push(stored);
    this.observer?.added(node, stored);
    return stored;
  }

  get(id: string): GraphNode | undefined {
    const found = this.ids.get(id);
    this.observer?.looked(id, found);
    return found;
  }

  link(type: GraphEdge['type'], from: string, to: string): void {
    this.observer?.linked(type, from, to);
    const key = `${type} ${from} ${to}`;
    if (this.edgeKeys.has(key)) return;
    this.edgeKeys.add(key);
    this.edges.push({ type, from, to });
  }

  /** Whether any of these ids is taken already. */
  hasAny(ids: Iterable<string>): boolean {
    for (const id of ids) if (this.ids.has(id)) return true;
    return false;
  }

  /** Adds the nodes and edges another builder collected (a chapter read on its own). */
  append(graph: Pick<KnowledgeGraph, 'nodes' | 'edges'>): void {
    for (const node of graph.nodes) this.add(node);
    for (const edge of graph.edges) this.link(edge.type, edge.from, edge.to);
  }

  /** Takes out the nodes `drop` picks, once nothing more is added. */
  removeNodes(drop: (node: GraphNode) => boolean): void {
    const kept = this.nodes.filter((node) => !drop(node));
    for (const node of this.nodes) if (drop(node)) this.ids.delete(node.id);
    // Refilled by a loop: spreading a very long list into splice() overflows the call stack.
    this.nodes.length = 0;
    for (const node of kept) this.nodes.push(node);
  }

  build(guideline: string): KnowledgeGraph {
    return { schemaVersion: 1, guideline, nodes: this.nodes, edges: this.edges };
  }
}
