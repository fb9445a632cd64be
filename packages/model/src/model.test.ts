import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { generateTypes } from '../scripts/generate-types.mjs';
import type { NotStated, Stated } from '@guideline-as-code/types';
import { GraphIndex, validateGraph, validateNodes, type KnowledgeGraph } from './index.js';

const at = (line: number, column: number, offset: number) => ({ line, column, offset });
const source = (line: number) => ({ file: 'guideline-src/g/13-x.md', start: at(line, 1, 0), end: at(line, 20, 19) });

function smallGraph(): KnowledgeGraph {
  return {
    schemaVersion: 1,
    guideline: 'guideline:g',
    nodes: [
      { id: 'section:13', type: 'section', source: source(1), number: '13', title: 'Behandling', depth: 1, path: ['13'] },
      { id: 'statement:13:1', type: 'statement', source: source(3), text: 'En mening.', section: 'section:13', context: 'prose' },
      { id: 'reference:83', type: 'reference', source: source(9), key: '83', number: 83, csl: { id: '83' }, notStated: ['title'], fields: {} },
    ],
    edges: [{ type: 'contains', from: 'section:13', to: 'statement:13:1' }],
  };
}

describe('graph schema and types', () => {
  it('keeps the committed TypeScript types in lock-step with the JSON Schemas', async () => {
    const generated = await generateTypes();
    expect(Object.keys(generated)).toEqual(['graph-types.generated.ts', 'source-types.generated.ts']);
    for (const [file, text] of Object.entries(generated)) {
      const committed = await readFile(new URL(`./${file}`, import.meta.url), 'utf8');
      expect(text, `${file}: run \`pnpm --filter @guideline-as-code/model generate:types\``).toBe(committed);
    }
  });

  it('accepts a well-formed graph', () => {
    expect(validateGraph(smallGraph())).toEqual([]);
  });

  it('maps a schema error back to the source position of the broken node', () => {
    const graph = smallGraph() as unknown as { nodes: Record<string, unknown>[] };
    delete graph.nodes[1]!['section'];
    graph.nodes[2]!['number'] = 'eighty-three';
    const diagnostics = validateGraph(graph);
    expect(diagnostics.map((d) => [d.ruleId, d.source?.start.line])).toEqual([
      ['schema:required', 3],
      ['schema:type', 9],
    ]);
    expect(diagnostics[0]!.message.en).toContain('section');
  });

  it('points an edge error at the node the edge starts from', () => {
    const graph = smallGraph() as unknown as { edges: Record<string, unknown>[] };
    graph.edges[0]!['type'] = 'likes';
    const [diagnostic] = validateGraph(graph);
    expect(diagnostic?.ruleId).toBe('schema:enum');
    expect(diagnostic?.source?.start.line).toBe(1);
  });

  it('reports a graph that is not an object without a position instead of throwing', () => {
    expect(validateGraph('nonsense')[0]).toMatchObject({ ruleId: 'schema:type', source: null });
  });
});

describe('stated values', () => {
  const trial = (nct: unknown) => ({ id: 'trial:ruby', type: 'trial', source: source(5), name: { notStated: false, value: 'RUBY', source: source(5), text: 'RUBY' }, aliases: [], nct });

  it('accepts the Stated and NotStated shapes of @guideline-as-code/types', () => {
    const stated: Stated<string> = { notStated: false, value: 'NCT03981796', source: source(7), text: 'NCT03981796' };
    const notStated: NotStated = { notStated: true, source: null, text: null };
    expect(validateNodes([trial(stated), trial(notStated)])).toEqual([]);
  });

  it('rejects a stated value without its source text, or with a value of the wrong kind', () => {
    const missingText = { notStated: false, value: 'NCT03981796', source: source(7) };
    const wrongValue = { notStated: false, value: 'NCT123', source: source(7), text: 'NCT123' };
    const extra = { notStated: false, value: 'NCT03981796', source: source(7), text: 'NCT03981796', guessed: true };
    for (const nct of [missingText, wrongValue, extra]) expect(validateNodes([trial(nct)]).length, JSON.stringify(nct)).toBeGreaterThan(0);
  });
});

describe('validateNodes', () => {
  it('validates nodes one by one and points at each broken node', () => {
    const graph = smallGraph();
    const broken = { ...graph.nodes[1]!, context: 'poem' };
    const diagnostics = validateNodes([graph.nodes[0], broken, graph.nodes[2]]);
    expect(diagnostics.map((d) => [d.ruleId, d.source?.start.line, d.message.en])).toEqual([
      ['schema:enum', 3, expect.stringContaining('`/nodes/statement:13:1/context`')],
    ]);
    expect(validateNodes(graph.nodes)).toEqual([]);
  });
});

describe('GraphIndex', () => {
  it('finds nodes by id and type and follows edges both ways', () => {
    const index = new GraphIndex(smallGraph());
    expect(index.ofType('statement').map((s) => s.id)).toEqual(['statement:13:1']);
    expect(index.targets('section:13', 'contains').map((n) => n.id)).toEqual(['statement:13:1']);
    expect(index.container('statement:13:1', 'section')?.number).toBe('13');
    expect(index.sources('reference:83')).toEqual([]);
    expect(index.edgesOf('statement:13:1', { direction: 'in' })).toEqual([{ type: 'contains', from: 'section:13', to: 'statement:13:1' }]);
    expect(index.neighbours('statement:13:1', { direction: 'both' }).map((n) => n.id)).toEqual(['section:13']);
    expect(index.neighbours('section:13', { edge: 'cites' })).toEqual([]);
  });
});
