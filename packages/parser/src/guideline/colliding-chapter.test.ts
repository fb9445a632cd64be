import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGuidelineGraph, memoryCache, readGuidelineSources, type GuidelineSources, type ParseCache } from '../index.js';

const projectRoot = fileURLToPath(new URL('../../../../', import.meta.url));
let sources: GuidelineSources;
beforeAll(async () => {
  sources = (await readGuidelineSources(projectRoot, 'livmoderkroppscancer')).sources;
});

/** A cache that round-trips values through JSON, as the disk cache does, and counts misses. */
function jsonCache(): ParseCache & { misses: number } {
  const inner = memoryCache();
  const cache = {
    misses: 0,
    get(key: string) {
      const value = inner.get(key);
      if (value === undefined) cache.misses++;
      return value === undefined ? undefined : JSON.parse(value as string);
    },
    set: (key: string, value: unknown) => inner.set(key, JSON.stringify(value)),
  };
  return cache;
}

/**
 * The real chapter and two copies renumbered as chapters 14 and 15 (own section numbers,
 * regimen and rule ids). The copies state the same trials' doses, whose ids do not depend on
 * the chapter, so they collide: each copy is read into the guideline's builder.
 */
function threeChapters(edit: (text: string, index: number) => string = (text) => text): GuidelineSources {
  const [chapter] = sources.chapters;
  const copy = (n: number) =>
    chapter!.text
      .replace(/^(#+ )13\b/gm, `$1${n}`)
      .replace(/\{#([a-z0-9-]+)/g, `{#$1-${n}`)
      .replace(/regim=([a-z-]+)/g, `regim=$1-${n}`);
  const chapters = [chapter!, { path: 'guideline-src/livmoderkroppscancer/14-kopia.md', text: copy(14) }, { path: 'guideline-src/livmoderkroppscancer/15-kopia.md', text: copy(15) }];
  return { ...sources, chapters: chapters.map((file, index) => ({ path: file.path, text: edit(file.text, index) })) };
}

const lenvatinibParagraph = /^Pembrolizumab \+ tyrosinkinasinhibitorn lenvatinib.*\n/m;

describe('a chapter whose ids collide with an earlier chapter’s, through the cache', () => {
  it('collides in this set-up: the copies’ trial doses get `~n` ids', () => {
    const ids = buildGuidelineGraph(threeChapters()).graph.nodes.map((node) => node.id);
    expect(ids.filter((id) => id.startsWith('doseStatement:') && /~[23]$/.test(id)).length).toBeGreaterThan(5);
  });

  it('is replayed when nothing changed: nothing is read again, and the result is the cold one', () => {
    const cache = jsonCache();
    const cold = buildGuidelineGraph(threeChapters());
    buildGuidelineGraph(threeChapters(), { cache });
    cache.misses = 0;
    const warm = buildGuidelineGraph(threeChapters(), { cache });
    // Only the first chapter's reading into the guideline, which it never needed (it collides with nothing).
    expect(cache.misses).toBe(1);
    expect(warm).toEqual(cold);
  });

  it('is replayed after an edit of an earlier chapter that takes no id of theirs', () => {
    const cache = jsonCache();
    buildGuidelineGraph(threeChapters(), { cache });
    const edit = (text: string, index: number) => (index === 0 ? text.replace('Bilddiagnostik\n\nVid misstanke', 'Bilddiagnostik\n\nVid stark misstanke') : text);
    cache.misses = 0;
    const warm = buildGuidelineGraph(threeChapters(edit), { cache });
    // The edited chapter alone (its regimen names, its fragment, and a reading into the guideline
    // it does not need); the copies are replayed.
    expect(cache.misses).toBe(3);
    expect(warm).toEqual(buildGuidelineGraph(threeChapters(edit)));
  });

  it('is read again when an earlier chapter no longer takes its ids (a trial’s doses removed), as a cold read gives', () => {
    const cache = jsonCache();
    buildGuidelineGraph(threeChapters(), { cache });
    const edit = (text: string, index: number) => (index === 0 ? text.replace(lenvatinibParagraph, '') : text);
    const warm = buildGuidelineGraph(threeChapters(edit), { cache });
    const cold = buildGuidelineGraph(threeChapters(edit));
    expect(warm).toEqual(cold);
    // Chapter 14's KEYNOTE-775 doses no longer collide; chapter 15's are its `~2` now.
    expect(cold.graph.nodes.some((node) => node.id.startsWith('doseStatement:keynote-775/') && node.id.endsWith('~3'))).toBe(false);
  });

  it('follows a changed dose in an earlier chapter, and gives the findings of a cold read', () => {
    const cache = jsonCache();
    buildGuidelineGraph(threeChapters(), { cache });
    const edit = (text: string, index: number) => (index === 0 ? text.replaceAll('dostarlimab 500 mg', 'dostarlimab 600 mg') : text);
    const warm = buildGuidelineGraph(threeChapters(edit), { cache });
    expect(warm).toEqual(buildGuidelineGraph(threeChapters(edit)));
    expect(warm.graph.nodes.some((node) => node.type === 'doseStatement' && node.text.includes('dostarlimab 600 mg'))).toBe(true);
  });

  it('is read again when a copy repeats a section of another chapter (a hostile duplicate), as a cold read gives', () => {
    const cache = jsonCache();
    const duplicate = (text: string, index: number) => (index === 2 ? text.replace('## 15.2 Kirurgi', '## 14.2 Kirurgi') : text);
    buildGuidelineGraph(threeChapters(duplicate), { cache });
    const edit = (text: string, index: number) => duplicate(index === 1 ? text.replace('## 14.2 Kirurgi', '## 14.9 Kirurgi') : text, index);
    const warm = buildGuidelineGraph(threeChapters(edit), { cache });
    expect(warm).toEqual(buildGuidelineGraph(threeChapters(edit)));
    const again = buildGuidelineGraph(threeChapters(duplicate), { cache });
    expect(again).toEqual(buildGuidelineGraph(threeChapters(duplicate)));
  });
});
