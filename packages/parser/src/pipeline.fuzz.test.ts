// The pipeline on thousands of generated and mutated chapters: it never throws, it keeps
// every prose character in exactly one node, and what it writes back it reads back the same.
// Bounded for CI; FUZZ_RUNS=100000 runs more (see fuzz/fuzz-runs.ts).
import fc from 'fast-check';
import type { Root } from 'mdast';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGuidelineGraph, type ParsedGuideline } from './build-graph.js';
import type { ParseCache } from './cache/parse-cache.js';
import { proseCoverage, type CoverageSpan } from './coverage/prose-coverage.js';
import { silentlyDropped } from './coverage/silent-losses.js';
import { fuzzRuns } from './fuzz/fuzz-runs.js';
import { guidelineDocument } from './fuzz/generated-documents.js';
import { mutatedChapter } from './fuzz/mutated-documents.js';
import { lexiconOnlyCache, realSources, withChapter, withReferences } from './fuzz/real-sources.js';
import { citationKeys } from './fuzz/swedish-pieces.js';
import type { GuidelineSources } from './guideline-sources.js';
import { parseMarkdown } from './markdown.js';
import { graphDifferences } from './render/graph-equality.js';
import { renderChapterMarkdown } from './render/render-markdown.js';

let real: GuidelineSources;
let cache: ParseCache;
beforeAll(async () => {
  real = withReferences(await realSources(), citationKeys.filter((key) => key !== '999'));
  cache = lexiconOnlyCache(real);
});

const file = 'guideline-src/livmoderkroppscancer/13-kapitel.md';

function read(markdown: string): { parsed: ParsedGuideline; tree: Root; gaps: { uncovered: CoverageSpan[]; doublyCovered: CoverageSpan[] } } {
  const sources = withChapter(real, markdown, file);
  const parsed = buildGuidelineGraph(sources, { cache });
  const tree = parseMarkdown(markdown);
  const coverage = proseCoverage(sources.chapters[0]!, tree, parsed.graph);
  return { parsed, tree, gaps: { uncovered: coverage.uncovered, doublyCovered: coverage.doublyCovered } };
}

describe('the pipeline on generated chapters', () => {
  it('holds every prose character in exactly one node, and reads back what it renders', () => {
    fc.assert(
      fc.property(guidelineDocument, (markdown) => {
        const { parsed, gaps } = read(markdown);
        expect(gaps).toEqual({ uncovered: [], doublyCovered: [] });
        // Round trip: the same graph, modulo source positions.
        const rendered = renderChapterMarkdown(parsed.graph, file, { suppressions: parsed.suppressions });
        expect(graphDifferences(parsed.graph, read(rendered).parsed.graph)).toEqual([]);
      }),
      { numRuns: fuzzRuns(100) },
    );
  }, 600_000);
});

describe('a citation left out of the citations', () => {
  it('is explained by its finding, which stands after the opening bracket (found by the mutation run below)', () => {
    const markdown = [
      '## 13.4 Strålbehandling',
      '',
      'Standardbehandling är extern strålbehandling plus brachyterapi.',
      '',
      '[@:::regimen[ERT med boost vid solitärt centralt bäckenåterfall]{#ert-boost}',
      '',
    ].join('\n');
    const { parsed, gaps } = read(markdown);
    const dropped = gaps.uncovered.filter((span) => span.text.startsWith('[@'));
    expect(dropped.map((span) => span.text)).toEqual(['[@:::regimen[ERT med boost vid solitärt centralt bäckenåterfall]']);
    expect(parsed.diagnostics.filter((d) => d.ruleId === 'malformed-citation').map((d) => d.source?.start.offset)).toEqual([dropped[0]!.source.start.offset + 1]);
    expect(silentlyDropped(gaps.uncovered, parsed.diagnostics)).toEqual([]);
  });
});

describe('the pipeline on mutated real text', () => {
  it('never throws, reads no prose twice, and reports any prose it could not read', () => {
    fc.assert(
      fc.property(mutatedChapter(real.chapters[0]!.text), (markdown) => {
        const { parsed, gaps } = read(markdown);
        expect(gaps.doublyCovered).toEqual([]);
        expect(silentlyDropped(gaps.uncovered, parsed.diagnostics)).toEqual([]);
      }),
      { numRuns: fuzzRuns(150) },
    );
  }, 600_000);
});
