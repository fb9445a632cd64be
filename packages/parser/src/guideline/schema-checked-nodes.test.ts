import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphNode } from '@guideline-as-code/model';
import { buildGuidelineGraph, readGuidelineSources } from '../index.js';
import { schemaFindings, validLike } from './schema-checked-nodes.js';

const projectRoot = fileURLToPath(new URL('../../../../', import.meta.url));
let dose: GraphNode;
beforeAll(async () => {
  const { sources } = await readGuidelineSources(projectRoot, 'livmoderkroppscancer');
  dose = buildGuidelineGraph(sources).graph.nodes.find((node) => node.type === 'doseStatement')!;
});

/** A copy of a real node with a required field taken out. */
function broken(node: GraphNode): GraphNode {
  const copy = structuredClone(node) as unknown as Record<string, unknown>;
  delete copy['source'];
  return copy as unknown as GraphNode;
}

describe('schema findings of a chapter\'s nodes', () => {
  it('reports a node that breaks the schema every time it is asked, at its id', () => {
    const node = broken(dose);
    const first = schemaFindings([node]);
    expect(first.map((finding) => finding.ruleId)).toContain('schema:required');
    expect(first[0]!.message.en).toContain(dose.id);
    expect(schemaFindings([node])).toEqual(first);
  });

  it('checks a valid node once: the same object is not checked again, a copy is', () => {
    const node = structuredClone(dose);
    expect(schemaFindings([node])).toEqual([]);
    // Changed behind the check's back: the remembered object is not looked at again…
    delete (node as unknown as Record<string, unknown>)['source'];
    expect(schemaFindings([node])).toEqual([]);
    // …but any other object with the same content is.
    expect(schemaFindings([broken(dose)]).length).toBeGreaterThan(0);
  });

  it('takes a moved copy as valid only when its original was found valid', () => {
    const valid = structuredClone(dose);
    expect(schemaFindings([valid])).toEqual([]);
    const moved = broken(dose);
    validLike(valid, moved);
    expect(schemaFindings([moved])).toEqual([]);
    const invalid = broken(dose);
    expect(schemaFindings([invalid]).length).toBeGreaterThan(0);
    const movedInvalid = broken(dose);
    validLike(invalid, movedInvalid);
    expect(schemaFindings([movedInvalid]).length).toBeGreaterThan(0);
  });
});
