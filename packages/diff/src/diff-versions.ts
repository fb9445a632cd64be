import type { KnowledgeGraph } from '@guideline-as-code/model';
import { type GuidelineDiff, type Impact, higher } from './change.js';
import { compareGraphs } from './compare-graphs.js';
import { loadVersion } from './load-version.js';

/** The changes of every guideline between two versions, and the bump for all of them. */
export interface VersionDiff {
  base: string;
  head: string;
  bump: Impact | null;
  guidelines: GuidelineDiff[];
}

const emptyGraph = (guideline: string): KnowledgeGraph => ({ schemaVersion: 1, guideline, nodes: [], edges: [] });

/** `guideline diff <base> [<head>]`: head defaults to the working tree. */
export async function diffVersions(repoRoot: string, base: string, head?: string): Promise<VersionDiff> {
  const [before, after] = [await loadVersion(repoRoot, base), await loadVersion(repoRoot, head)];
  const keys = [...new Set([...before.keys(), ...after.keys()])].sort();
  const guidelines = keys.map((key) => compareGraphs(before.get(key) ?? emptyGraph(key), after.get(key) ?? emptyGraph(key)));
  const bump = guidelines.reduce<Impact | null>((top, diff) => (diff.bump === null ? top : top === null ? diff.bump : higher(top, diff.bump)), null);
  return { base, head: head ?? 'working tree', bump, guidelines };
}
