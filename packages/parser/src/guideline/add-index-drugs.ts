import type { KnowledgeGraph } from '@guideline-as-code/model';
import type { DrugEntry } from '@guideline-as-code/dose';
import type { GraphBuilder } from '../graph-builder.js';
import { drugVocabulary } from '../lexicon/read-lexicon.js';
import { addDrugs } from '../vocabulary/vocabulary-nodes.js';

/**
 * Drug nodes for the substances of the index that a dose names. The index holds thousands of
 * substances: making a node for each and dropping the unused ones would cost every check more
 * than reading the chapter, so a node is made only for a drug an edge points at.
 */
export function addIndexDrugs(graph: Pick<KnowledgeGraph, 'edges'>, drugs: readonly DrugEntry[], builder: GraphBuilder): void {
  const named = new Set(graph.edges.filter((edge) => edge.to.startsWith('drug:')).map((edge) => edge.to.slice('drug:'.length)));
  const wanted = drugs.filter((drug) => drug.tier === 'atc-index' && named.has(drug.id) && builder.get(`drug:${drug.id}`) === undefined);
  if (wanted.length > 0) addDrugs(drugVocabulary(wanted, {}), builder);
}
