import { fileURLToPath } from 'node:url';
import type { ParseCache } from '../cache/parse-cache.js';
import { lexiconCacheKey } from '../guideline/read-shared-sources.js';
import type { GuidelineSources, SourceFile } from '../guideline-sources.js';
import { readGuidelineSources } from '../read/read-project.js';

/** The repository root, where guideline-src/ holds the real guideline, lexicon and vocabulary. */
export const repositoryRoot = fileURLToPath(new URL('../../../../', import.meta.url));

/** The guideline whose chapter the tests read and mutate. */
export const realGuideline = 'livmoderkroppscancer';

/** The real guideline's sources as the build reads them (one chapter, its YAML, the lexicon). */
export async function realSources(): Promise<GuidelineSources> {
  const { sources, diagnostics } = await readGuidelineSources(repositoryRoot, realGuideline);
  if (diagnostics.length > 0) throw new Error(`The real guideline cannot be read: ${diagnostics.map((d) => d.message.en).join('; ')}`);
  return sources;
}

/** The same guideline with its chapters replaced by the given Markdown (one chapter file). */
export function withChapter(sources: GuidelineSources, text: string, path = `guideline-src/${realGuideline}/13-kapitel.md`): GuidelineSources {
  const chapter: SourceFile = { path, text };
  return { ...sources, chapters: [chapter] };
}

/**
 * A cache that keeps only the parsed drug lexicon, which is the same for every case: a fuzz
 * run then spends its time on the chapter. Chapter results are never kept, so no case can
 * be answered from another case's reading.
 */
export function lexiconOnlyCache(sources: GuidelineSources): ParseCache {
  const key = lexiconCacheKey(sources.lexicon);
  let kept: unknown;
  return {
    get: (asked) => (asked === key ? kept : undefined),
    set: (asked, value) => {
      if (asked === key) kept = value;
    },
  };
}

/**
 * The real guideline with a reference list of only the given keys: the fuzz cases cite a
 * handful of numbers, and reading the full list again for every case would be most of the
 * time a case takes.
 */
export function withReferences(sources: GuidelineSources, keys: readonly string[]): GuidelineSources {
  const text = keys.map((key) => `- id: "${key}"\n  citation-number: ${Number(key)}\n`).join('');
  return { ...sources, references: { path: `guideline-src/${sources.key}/references.yaml`, text } };
}
