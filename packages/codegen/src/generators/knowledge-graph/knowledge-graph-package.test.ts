// The generated knowledge-graph package, used by its built entry point and its JSON files.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadGuideline } from '@guideline-as-code/parser';
import type { GraphNode, KnowledgeGraph } from '@guideline-as-code/model';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Source } from '@guideline-as-code/types';
import { repositoryRoot } from '../../test-support/generate-packages.js';
import { importPackage, packageDir } from '../../test-support/import-package.js';
import { textAt } from '../../test-support/source-at.js';

interface GraphPackage {
  graph: KnowledgeGraph;
  getNode(id: string): GraphNode;
  findNode(id: string): GraphNode | undefined;
  nodesOfType(type: string): readonly GraphNode[];
  neighbours(id: string, query?: { edge?: string; direction?: 'out' | 'in' | 'both' }): readonly GraphNode[];
  edgesOf(id: string, query?: { edge?: string; direction?: 'out' | 'in' | 'both' }): readonly { type: string; from: string; to: string }[];
  sourceOf(id: string): Source;
}

const json = (file: string) => JSON.parse(readFileSync(path.join(packageDir('knowledge-graph'), 'dist', file), 'utf8')) as unknown;

let pkg: GraphPackage;
beforeAll(async () => {
  pkg = await importPackage<GraphPackage>('knowledge-graph');
});

describe('knowledge-graph package', () => {
  it('holds the whole graph, the same as `guideline graph --json`, in JSON and in the module', async () => {
    const { graph } = await loadGuideline(repositoryRoot, 'livmoderkroppscancer');
    expect(json('graph.json')).toEqual(graph);
    expect(pkg.graph).toEqual(graph);
    expect(readFileSync(path.join(packageDir('knowledge-graph'), 'dist', 'graph.json'), 'utf8')).toBe(`${JSON.stringify(graph, null, 2)}\n`);
  });

  it('finds nodes by id (typed by the id), by type, and their neighbours', () => {
    expect(pkg.getNode('regimen:karpak')).toMatchObject({ type: 'regimen', name: { value: 'KarPak' } });
    expect(pkg.findNode('regimen:karpack')).toBeUndefined();
    expect(() => pkg.getNode('regimen:karpack')).toThrow(TypeError);
    expect(pkg.nodesOfType('regimen').map((node) => node.id)).toContain('regimen:dostarlimab');
    expect(pkg.neighbours('regimen:karpak', { edge: 'contains' }).map((node) => node.id)).toEqual(['regimenComponent:karpak/carboplatin', 'regimenComponent:karpak/paclitaxel']);
    expect(pkg.neighbours('regimen:karpak', { edge: 'contains', direction: 'in' }).map((node) => node.id)).toEqual(['section:13.3.1']);
    expect(pkg.edgesOf('regimenComponent:karpak/carboplatin')).toEqual([{ type: 'refersTo', from: 'regimenComponent:karpak/carboplatin', to: 'drug:carboplatin' }]);
  });

  it('gives the source position of any node, and every stated value with its exact text', () => {
    const section = pkg.sourceOf('section:13.3.1');
    expect(section.file).toBe('guideline-src/livmoderkroppscancer/13-behandling-av-aterfall.md');
    expect(textAt(section)).toBe('### 13.3.1 Cytostatikabehandling');
    expect(pkg.getNode('regimen:karpak')).toMatchObject({ name: { value: 'KarPak', text: 'KarPak' } });
  });
});
