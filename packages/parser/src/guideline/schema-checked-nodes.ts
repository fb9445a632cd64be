import { validateNodes, type GraphNode } from '@guideline-as-code/model';
import type { Diagnostic } from '@guideline-as-code/types';

/**
 * Nodes found valid against the schema in this process. A block of a chapter whose reading is
 * replayed (chapter/block-readings.ts) brings back nodes that were validated when the block was
 * read; their copies, moved to where the block stands now, differ only in line and offset
 * numbers. So a language server validates, on each edit, only the nodes it read again. Objects
 * are remembered, not ids: what comes back from a cache on disk is validated as new.
 */
const valid = new WeakSet<object>();

/** Schema findings of the nodes not known to be valid; the valid ones are remembered. */
export function schemaFindings(nodes: readonly GraphNode[]): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const node of nodes) {
    if (valid.has(node)) continue;
    const problems = validateNodes([node]);
    if (problems.length === 0) valid.add(node);
    else found.push(...problems);
  }
  return found;
}

/** A node moved with its block (`copy`) is as valid as the node it was copied from. */
export function validLike(original: object, copy: object): void {
  if (valid.has(original)) valid.add(copy);
}
