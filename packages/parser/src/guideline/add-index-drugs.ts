import type { KnowledgeGraph } from '@guideline-as-code/model';
import { substanceById, type DrugEntry, type SubstanceIndex } from '@guideline-as-code/dose';
import type { GraphBuilder } from '../graph-builder.js';
import { drugVocabulary } from '../lexicon/read-lexicon.js';
import { addDrugs } from '../vocabulary/vocabulary-nodes.js';

/**
 * Drug nodes for the substances of the index that a dose names. The index holds thousands of
 * substances: making a node for each and dropping the unused ones would cost every check more
 * than reading the chapter, so a node is made only for a drug an edge points at.
 */
export function addIndexDrugs(graph: Pick<KnowledgeGraph, 'edges'>, substances: SubstanceIndex | null, builder: GraphBuilder): void {
  if (substances === null) return;
  const named = new Set(graph.edges.filter((edge) => edge.to.startsWith('drug:') && builder.get(edge.to) === undefined).map((edge) => edge.to.slice('drug:'.length)));
  // In the order of the index's lines, as the nodes of the entries follow the order of their files.
  const wanted = [...named]
    .flatMap((id): DrugEntry[] => {
      const drug = substanceById(substances, id);
      return drug === undefined ? [] : [drug];
    })
    .sort((a, b) => a.position.start.offset - b.position.start.offset);
  if (wanted.length > 0) addDrugs(drugVocabulary(wanted, {}), builder);
}
