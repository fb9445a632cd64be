// Reading and checking never crash: the whole pipeline (buildGuidelineGraph, then every rule
// in runChecks) on pieces of the real chapter with hostile edits. The edits, the real sources
// and the run count come from the parser's fuzz harness (`@guideline-as-code/parser/fuzz`),
// whose own test checks what is read; this one checks that no rule throws on what the parser
// makes of broken text. Bounded for CI; FUZZ_RUNS=100000 runs more.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { runChecks } from '@guideline-as-code/checks';
import { buildGuidelineGraph, guidelineProseCoverage, type GuidelineSources, type ParseCache } from '@guideline-as-code/parser';
import { gapsOf } from './test-support/silent-losses.js';
import { fuzzRuns, lexiconOnlyCache, mutatedChapter, realSources, withChapter } from '@guideline-as-code/parser/fuzz';

let real: GuidelineSources;
let cache: ParseCache;
beforeAll(async () => {
  real = await realSources();
  // Only the lexicon is kept between cases: chapters are read afresh, so no case reuses another's reading.
  cache = lexiconOnlyCache(real);
});

describe('reading and checking mutated real text', () => {
  it('never throws, reports no internal-error and loses no prose in silence', () => {
    fc.assert(
      fc.property(mutatedChapter(real.chapters[0]!.text), (markdown) => {
        const sources = withChapter(real, markdown);
        const parsed = buildGuidelineGraph(sources, { cache });
        const findings = runChecks(parsed);
        expect(findings.filter((finding) => finding.ruleId === 'internal-error')).toEqual([]);
        // No prose disappears: each character is in a node, or a finding says why it is not.
        expect(gapsOf(guidelineProseCoverage(sources, parsed.graph), findings)).toEqual([]);
      }),
      { numRuns: fuzzRuns(150) },
    );
  }, 600_000);
});
