import path from 'node:path';
import type { Diagnostic } from '@guideline-as-code/types';
import { readChecksConfig, runChecks, type ChecksConfig, type LoadedChecksConfig } from '@guideline-as-code/checks';
import { buildGuidelineGraph, contentKey, findGuidelines, findProjectRoot, readGuidelineSources, sourcesFolder, type GuidelineSources, type ParseCache, type ParsedGuideline, type SharedReads, type SourceFile } from '@guideline-as-code/parser';

/** The project's rule settings, and what is wrong with its config file (reported like any finding). */
export async function readConfig(root: string): Promise<LoadedChecksConfig> {
  return readChecksConfig(root);
}

export interface CheckedGuideline {
  key: string;
  /** What `parsed` was built from, so that `build` does not read the files again. */
  sources: GuidelineSources;
  parsed: ParsedGuideline;
  diagnostics: Diagnostic[];
}

/**
 * Which guidelines a list of paths touches: a path inside guideline-src/<key>/ selects that
 * guideline; the shared lexicon or vocabulary, the sources folder or the root select all.
 */
export function selectGuidelines(root: string, all: readonly string[], paths: readonly string[]): { keys: string[]; unknown: string[] } {
  if (paths.length === 0) return { keys: [...all], unknown: [] };
  const keys = new Set<string>();
  const unknown: string[] = [];
  for (const given of paths) {
    const relative = path.relative(root, path.resolve(given)).split(path.sep).join('/');
    const [top, key] = relative.split('/');
    if (relative === '' || (top === sourcesFolder && (key === undefined || key === 'lexicon' || key === 'vocabulary'))) all.forEach((k) => keys.add(k));
    else if (top === sourcesFolder && key !== undefined && all.includes(key)) keys.add(key);
    else unknown.push(given);
  }
  return { keys: all.filter((key) => keys.has(key)), unknown };
}

/**
 * The findings of the selected guidelines, without keeping their graphs: what `check` needs.
 * With a cache, a guideline none of whose sources (nor the rule settings) changed since the
 * last check is not read again at all; its findings come back from the cache.
 */
export async function findingsOf(root: string, keys: readonly string[], config: ChecksConfig, cache?: ParseCache & { prune?(): void }): Promise<Diagnostic[]> {
  const findings: Diagnostic[] = [];
  const shared: SharedReads = new Map(); // the lexicon is read once, not once per guideline
  const lexiconDigests = new WeakMap<readonly SourceFile[], string>(); // and hashed once
  for (const key of keys) {
    const { sources, diagnostics } = await readGuidelineSources(root, key, shared);
    let lexicon = lexiconDigests.get(sources.lexicon);
    if (lexicon === undefined) lexiconDigests.set(sources.lexicon, (lexicon = contentKey('lexicon files', ...sources.lexicon.flatMap((file) => [file.path, file.text]))));
    const files = [sources.metadata, sources.references, sources.trials, sources.patientFacts, ...sources.chapters];
    const resultKey = contentKey('findings', JSON.stringify(config), JSON.stringify(diagnostics), lexicon, ...files.flatMap((file) => (file ? [file.path, file.text] : ['-'])));
    const kept = cache?.get(resultKey);
    if (Array.isArray(kept)) {
      findings.push(...(kept as Diagnostic[]));
      continue;
    }
    const found = runChecks(parse(sources, diagnostics, cache), config);
    cache?.set(resultKey, found);
    findings.push(...found);
  }
  cache?.prune?.();
  return findings;
}

/** Loads and checks the selected guidelines of a project, keeping their graphs (for `build` and `graph`). */
export async function checkGuidelines(root: string, keys: readonly string[], config: ChecksConfig, cache?: ParseCache & { prune?(): void }): Promise<CheckedGuideline[]> {
  const results: CheckedGuideline[] = [];
  const shared: SharedReads = new Map(); // the lexicon is read once, not once per guideline
  for (const key of keys) {
    const { sources, diagnostics } = await readGuidelineSources(root, key, shared);
    const parsed = parse(sources, diagnostics, cache);
    results.push({ key, sources, parsed, diagnostics: runChecks(parsed, config) });
  }
  cache?.prune?.();
  return results;
}

/** Parses read sources, with the findings of reading them first (as `loadGuideline` does). */
function parse(sources: GuidelineSources, readFindings: Diagnostic[], cache: ParseCache | undefined): ParsedGuideline {
  const parsed = buildGuidelineGraph(sources, cache ? { cache } : {});
  return { ...parsed, diagnostics: [...readFindings, ...parsed.diagnostics] };
}

/** Keeps the findings inside the given paths (all when no path is given). */
export function withinPaths(root: string, diagnostics: readonly Diagnostic[], paths: readonly string[]): Diagnostic[] {
  if (paths.length === 0) return [...diagnostics];
  const prefixes = paths.map((given) => path.relative(root, path.resolve(given)).split(path.sep).join('/'));
  return diagnostics.filter((diagnostic) => {
    const file = diagnostic.source?.file;
    return file === undefined || prefixes.some((prefix) => prefix === '' || file === prefix || file.startsWith(`${prefix}/`));
  });
}

export { findGuidelines, findProjectRoot };
