import { buildGuidelineGraph, type ParsedGuideline, type ParseExtensions } from '../build-graph.js';
import { readGuidelineSources } from './read-project.js';

/** Reads one guideline of a project from disk and parses it: the usual way in for tools. */
export async function loadGuideline(projectRoot: string, key: string, extensions: ParseExtensions = {}): Promise<ParsedGuideline> {
  const { sources, diagnostics } = await readGuidelineSources(projectRoot, key);
  const parsed = buildGuidelineGraph(sources, extensions);
  return { ...parsed, diagnostics: [...diagnostics, ...parsed.diagnostics] };
}
