import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGuidelineGraph, memoryCache, parseMarkdown, readGuidelineSources, type GuidelineSources, type ParseCache } from '../index.js';
import { chapterBlocksRead } from './block-readings.js';

const projectRoot = fileURLToPath(new URL('../../../../', import.meta.url));
let sources: GuidelineSources;
let chapter: string;
beforeAll(async () => {
  sources = (await readGuidelineSources(projectRoot, 'livmoderkroppscancer')).sources;
  chapter = sources.chapters[0]!.text;
});

const withChapter = (text: string): GuidelineSources => ({ ...sources, chapters: [{ path: sources.chapters[0]!.path, text }] });

/** Reads `edited` with a cache that has read `original` (so only its blocks are kept), and cold; both must agree exactly. */
function expectSameAsCold(original: string, edited: string, cache: ParseCache = memoryCache()): { blocksRead: number; blocks: number } {
  expect(edited).not.toBe(original);
  buildGuidelineGraph(withChapter(original), { cache, blocks: cache });
  const before = chapterBlocksRead();
  const warm = buildGuidelineGraph(withChapter(edited), { cache, blocks: cache });
  const blocksRead = chapterBlocksRead() - before;
  const cold = buildGuidelineGraph(withChapter(edited));
  expect(JSON.stringify(warm.graph)).toBe(JSON.stringify(cold.graph));
  expect(warm.diagnostics).toEqual(cold.diagnostics);
  expect(warm.suppressions).toEqual(cold.suppressions);
  expect([...warm.validatedNodes]).toEqual([...cold.validatedNodes]);
  return { blocksRead, blocks: parseMarkdown(edited).children.length };
}

/** `chapter` with `replacement` in place of the one occurrence of `needle`. */
function replaced(needle: string, replacement: string): string {
  const at = chapter.indexOf(needle);
  expect(at, needle).toBeGreaterThan(-1);
  expect(chapter.indexOf(needle, at + 1), needle).toBe(-1);
  return chapter.slice(0, at) + replacement + chapter.slice(at + needle.length);
}

describe('per-block readings of a chapter', () => {
  it('give the graph and findings of a cold read after an edit in a paragraph, and read again only blocks of its section', () => {
    const edited = replaced('God evidens för val av andra linjens behandling saknas.', 'God evidens för val av andra linjens behandling saknas. Mätning 1 av språkservern.');
    const { blocksRead, blocks } = expectSameAsCold(chapter, edited);
    // The edited paragraph and the blocks of its section after it (their section heading moved relative to them).
    expect(blocksRead).toBeGreaterThan(0);
    expect(blocksRead).toBeLessThan(blocks / 4);
  }, 120_000);

  it('give the graph and findings of a cold read when lines are inserted above a dose (positions moved)', () => {
    const edited = replaced('### 13.3.1 Cytostatikabehandling\n', '### 13.3.1 Cytostatikabehandling\n\nEtt nytt stycke.\nPå två rader.\n');
    const { blocksRead, blocks } = expectSameAsCold(chapter, edited);
    expect(blocksRead).toBeLessThan(blocks);
  }, 120_000);

  it('give a dose the drug of its section heading as a cold read does, after lines are inserted above and after the heading changes', () => {
    // A section whose heading names one drug and whose sentence names none: the dose takes the heading's drug.
    const withHeadingDose = replaced('### 13.3.1 Cytostatikabehandling\n', '### 13.3.1 Cytostatikabehandling\n\n#### 13.3.1.1 Ondansetron\n\nVid illamående ges 8 mg iv.\n\n');
    const cold = buildGuidelineGraph(withChapter(withHeadingDose));
    expect(JSON.stringify(cold.graph)).toContain('drugFromHeading');
    const cache = memoryCache();
    // Lines above move the kept heading; the edited sentence under it is read again and needs the heading where it stands now.
    const movedAndEdited = withHeadingDose.replace('Vid illamående ges 8 mg iv.', 'Vid svårt illamående ges 8 mg iv.');
    expect(JSON.stringify(buildGuidelineGraph(withChapter(movedAndEdited)).graph)).toContain('drugFromHeading');
    expectSameAsCold(withHeadingDose, movedAndEdited, cache);
    expectSameAsCold(withHeadingDose, withHeadingDose.replace('#### 13.3.1.1 Ondansetron', '#### 13.3.1.1 Dexametason'), cache);
  }, 120_000);

  it('give a dose the drug of the heading above its own as a cold read does, when that outer heading changes', () => {
    // The sentence's own heading names no drug; the one above it does. Changing only the outer heading changes the dose's drug.
    const nested = replaced('### 13.3.1 Cytostatikabehandling\n', '### 13.3.1 Cytostatikabehandling\n\n#### 13.3.1.1 Ondansetron\n\nText.\n\n#### 13.3.1.2 Dosering\n\nVid illamående ges 8 mg iv.\n\n');
    const cold = buildGuidelineGraph(withChapter(nested));
    expect(JSON.stringify(cold.graph)).not.toContain('drugFromHeading');
    const outer = replaced('### 13.3.1 Cytostatikabehandling\n', '### 13.3.1 Ondansetron\n\n#### 13.3.1.2 Dosering\n\nVid illamående ges 8 mg iv.\n\n');
    expect(JSON.stringify(buildGuidelineGraph(withChapter(outer)).graph)).toContain('drugFromHeading');
    const cache = memoryCache();
    expectSameAsCold(outer, outer.replace('### 13.3.1 Ondansetron', '### 13.3.1 Dexametason'), cache);
    expectSameAsCold(outer, outer.replace('### 13.3.1 Ondansetron', '### 13.3.1 Cytostatikabehandling'), cache);
  }, 120_000);

  it('give the graph and findings of a cold read when a heading changes: its number, its title, its level', () => {
    expectSameAsCold(chapter, replaced('### 13.3.1 Cytostatikabehandling', '### 13.3.1 Cytostatika'));
    expectSameAsCold(chapter, replaced('### 13.3.1 Cytostatikabehandling', '### 13.3.9 Cytostatikabehandling'));
    expectSameAsCold(chapter, replaced('#### 13.3.2.2 Hormonbehandling', '### 13.3.2.2 Hormonbehandling'));
    expectSameAsCold(chapter, replaced('## 13.2 Kirurgi', '## Kirurgi'));
  }, 120_000);

  it('give the graph and findings of a cold read for edits to doses, recommendations, rules, tables and comments', () => {
    expectSameAsCold(chapter, replaced('(175\u00a0mg/m2) (+++)', '(135\u00a0mg/m2) (+++)'));
    expectSameAsCold(chapter, replaced('| paklitaxel | 175 mg/m2 |', '| paklitaxel | 135 mg/m2 |'));
    expectSameAsCold(chapter, chapter.replace(/\n- Som första linjens/, '\n- En ny punkt om karboplatin 400 mg.\n- Som första linjens'));
    expectSameAsCold(chapter, chapter.replace(/<!-- guideline-ignore dose-range dose-conflict /, '<!-- guideline-ignore dose-conflict '));
    expectSameAsCold(chapter, chapter.replace(/\{#kurativ-behandling-forst\}/, '{#kurativ}'));
    // A sentence added before a `::villkor` line: the rule no longer knows its sentence.
    expectSameAsCold(chapter, chapter.replace(/(\n::villkor\[)/, ' En mening till.$1'));
  }, 120_000);

  it('give the graph and findings of a cold read when a decomposed letter (reported once per file) comes or goes in a section before another one', () => {
    const cache = memoryCache();
    const late = replaced('Ofta ger tumörväxt i vagina', 'Ofta ger tumo\u0308rväxt i vagina');
    const both = late.replace('Vid misstanke om lokalt återfall', 'Vid misstanke om lokalt a\u030aterfall');
    expectSameAsCold(chapter, late, cache);
    expectSameAsCold(late, both, cache);
    expectSameAsCold(both, late, cache);
  }, 120_000);

  it('give the graph and findings of a cold read for a duplicated section and an unclosed box', () => {
    expectSameAsCold(chapter, replaced('## 13.2 Kirurgi', '## 13.1 Kirurgi'));
    expectSameAsCold(chapter, chapter.replace('| 13, 13.3.1 |\n:::\n', '| 13, 13.3.1 |\n\n'));
  }, 120_000);

  it('give the graph and findings of a cold read over a series of edits, each from the one before', () => {
    const cache = memoryCache();
    let text = chapter;
    let seed = 16;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pieces = [' och', '\n\n', ' 50 mg', '.', '\n# 13.9 Ny\n', '- ', '(++)', ' [@84]', ':::', '<!-- guideline-ignore dose-range: x -->\n'];
    for (let i = 0; i < 12; i++) {
      const offset = Math.floor(next() * text.length);
      const edited = text.slice(0, offset) + pieces[Math.floor(next() * pieces.length)]! + text.slice(offset + (next() < 0.3 ? 5 : 0));
      expectSameAsCold(text, edited, cache);
      text = edited;
    }
  }, 120_000);
});
