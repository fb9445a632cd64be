import type { GraphBuilder } from '../graph-builder.js';
import type { KnowledgeGraph } from '@guideline-as-code/model';

/**
 * The lexicon is loaded whole so that any drug can be recognised, but the graph (and the
 * packages made from it) keeps only the drugs the guideline uses: every mention, dose
 * statement and regimen row that names a drug links to its node, so a drug node no edge
 * reaches is one no chapter names.
 */
export function dropUnusedDrugs(graph: Pick<KnowledgeGraph, 'edges'>, builder: GraphBuilder): void {
  const linked = new Set<string>();
  for (const edge of graph.edges) {
    linked.add(edge.from);
    linked.add(edge.to);
  }
  builder.removeNodes((node) => node.type === 'drug' && !linked.has(node.id));
}
