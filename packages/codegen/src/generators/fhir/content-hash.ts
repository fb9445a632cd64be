import { createHash } from 'node:crypto';
import type { KnowledgeGraph } from '@guideline-as-code/model';

/**
 * `sha256-` and the hex digest of the knowledge graph as JSON. The graph is what every value of
 * the package is projected from, with each value's source span, so equal hashes mean equal
 * content. (The package info carries no content hash yet; when it does, this gives way to it.)
 */
export function graphContentHash(graph: KnowledgeGraph): string {
  return `sha256-${createHash('sha256').update(JSON.stringify(graph)).digest('hex')}`;
}
