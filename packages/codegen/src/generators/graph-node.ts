import type { GraphIndex, GraphNode } from '@guideline-as-code/model';

/** The node with this id and type; the graph was validated, so anything else is a bug here. */
export function graphNode<T extends GraphNode>(index: GraphIndex, id: string, type: T['type']): T {
  const node = index.get(id);
  if (!node || node.type !== type) throw new Error(`The graph has no ${type} \`${id}\`.`);
  return node as T;
}
