import type { KnowledgeGraph, ReferenceNode, SectionNode } from '@guideline-as-code/model';
import type { GraphBuilder } from '../graph-builder.js';

/** Citations cite references by key; cross-references point at sections by number. */
export function linkByKey(graph: Pick<KnowledgeGraph, 'nodes'>, builder: GraphBuilder): void {
  const references = new Map<string, ReferenceNode>();
  const sections = new Map<string, SectionNode>();
  for (const node of graph.nodes) {
    if (node.type === 'reference' && !references.has(node.key)) references.set(node.key, node);
    if (node.type === 'section' && !sections.has(node.number)) sections.set(node.number, node);
  }
  for (const node of graph.nodes) {
    if (node.type === 'citation') {
      const reference = references.get(node.key);
      if (reference) builder.link('cites', node.id, reference.id);
    } else if (node.type === 'crossReference') {
      const section = sections.get(node.targetNumber);
      if (section) builder.link('refersTo', node.id, section.id);
    }
  }
}
