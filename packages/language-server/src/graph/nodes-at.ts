import type { GraphIndex, GraphNode } from '@guideline-as-code/model';
import { spans } from '../lsp/positions.js';

type NodeOfType<T extends GraphNode['type']> = Extract<GraphNode, { type: T }>;

/** The nodes of `type` whose source span in `file` holds `offset`, innermost (shortest) first. */
export function nodesAt<T extends GraphNode['type']>(index: GraphIndex, type: T, file: string, offset: number): NodeOfType<T>[] {
  return index
    .ofType(type)
    .filter((node) => spans(node.source, file, offset))
    .sort((a, b) => a.source.end.offset - a.source.start.offset - (b.source.end.offset - b.source.start.offset));
}
