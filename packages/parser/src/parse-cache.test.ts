import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGuidelineGraph, memoryCache, readGuidelineSources, type GuidelineSources, type ParseCache } from './index.js';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
let sources: GuidelineSources;
beforeAll(async () => {
  sources = (await readGuidelineSources(projectRoot, 'livmoderkroppscancer')).sources;
});

/** A cache that counts what it is asked, and round-trips values through JSON as a disk cache does. */
function countingCache(): ParseCache & { hits: number; misses: number } {
  const inner = memoryCache();
  const cache = {
    hits: 0,
    misses: 0,
    get(key: string) {
      const value = inner.get(key);
      if (value === undefined) cache.misses++;
      else cache.hits++;
      return value === undefined ? undefined : JSON.parse(value as string);
    },
    set: (key: string, value: unknown) => inner.set(key, JSON.stringify(value)),
  };
  return cache;
}

/** Two chapters: the real one, and a copy renumbered as chapter 14. */
function twoChapters(edit = (text: string) => text): GuidelineSources {
  const [chapter] = sources.chapters;
  const copy = chapter!.text.replace(/^(#+ )13\b/gm, '$114').replace(/\{#([a-z0-9-]+)/g, '{#$1-14').replace(/regim=([a-z-]+)/g, 'regim=$1-14');
  return { ...sources, chapters: [chapter!, { path: 'guideline-src/livmoderkroppscancer/14-kopia.md', text: edit(copy) }] };
}

describe('the parse cache', () => {
  it('gives the same graph, diagnostics and acknowledgements as reading without a cache', () => {
    const cache = countingCache();
    const cold = buildGuidelineGraph(twoChapters());
    buildGuidelineGraph(twoChapters(), { cache });
    const warm = buildGuidelineGraph(twoChapters(), { cache });
    expect(warm).toEqual(cold);
  });

  it('reads again only the chapter that changed', () => {
    const cache = countingCache();
    buildGuidelineGraph(twoChapters(), { cache });
    cache.hits = 0;
    cache.misses = 0;
    const edited = buildGuidelineGraph(twoChapters((text) => text.replace('Bilddiagnostik\n\nVid misstanke', 'Bilddiagnostik\n\nVid stark misstanke')), { cache });
    // The YAML sources (metadata, references, patient facts, the compiled lexicon with its value
    // spans as one entry, trials), the unchanged chapter's regimen names and the unchanged chapter
    // come from the cache. The copy's trial doses collide with the first chapter's, so the
    // edited copy misses three times: its reading into the guideline, its regimen names, its
    // fragment; the first chapter, which collides with nothing, has no reading into the guideline.
    expect({ hits: cache.hits, misses: cache.misses }).toEqual({ hits: 7, misses: 4 });
    expect(edited.graph.nodes.find((node) => node.type === 'statement' && node.text.value.startsWith('Vid stark misstanke'))).toBeDefined();
  });

  it('reads every chapter again when a regimen changes, since prose is read with regimen names', () => {
    const cache = countingCache();
    buildGuidelineGraph(twoChapters(), { cache });
    cache.misses = 0;
    buildGuidelineGraph(twoChapters((text) => text.replace(':::regimen[KarPak]', ':::regimen[KarboPak]')), { cache });
    // Both fragments and readings into the guideline (the first chapter has none; the copy's ids
    // collide), and the edited chapter's regimen names.
    expect(cache.misses).toBe(5);
  });
});
