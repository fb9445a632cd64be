// Reading and checking never crash: the whole pipeline (buildGuidelineGraph, then every rule
// in runChecks) on pieces of the real chapter with hostile edits. The parser's own fuzz test
// (packages/parser/src/pipeline.fuzz.test.ts) checks what is read; this one checks that no
// rule throws on what the parser makes of broken text. Bounded for CI; FUZZ_RUNS=100000
// runs more.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { runChecks } from '@guideline-as-code/checks';
import { buildGuidelineGraph, memoryCache, readGuidelineSources, type GuidelineSources, type ParseCache } from '@guideline-as-code/parser';
import { repositoryRoot } from './test-support/temp-project.js';

const runs = Number.isInteger(Number(process.env['FUZZ_RUNS'])) && Number(process.env['FUZZ_RUNS']) > 0 ? Number(process.env['FUZZ_RUNS']) : 150;

/** Syntax, block openers, control and invisible characters, combining marks, a lone surrogate. */
const hostile = [
  '`', ':::', '::', '|', '[', ']', '[@', '(', ')', '{', '}', '*', '\\', '>', '- ', '# ', '## 13.9 ', '1. ', '\u0000', '\r', '\r\n',
  '\n', '\n\n', '\t', '\u200B', '\u0301', '\u030A', '\uD800', '&amp;', '<!--', '-->', '[@999]', '(++++)', '---\n', ' 1 000 mg',
  ' 9 999 mg/m2', 'NCT0123456', 'avsnitt 13.9', ':::recommendations[R]\n', ':::regimen[X]{#karpak}\n', ':::\n', '| a | b |\n| --- | --- |\n',
  '::villkor[', '::villkor[mmr-status är]\n', '::villkor[alltid]{regim=finns-inte}\n', '<!-- guideline-ignore dose-range: skäl -->\n',
  '<!-- guideline-ignore -->\n', 'KEYNOTE-775 ', 'var 0:e vecka ', '0 Gy x 0',
];

type Edit = { at: number; piece: string } | { at: number; delete: number };
const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ at: fc.nat(), piece: fc.constantFrom(...hostile) }) },
  { weight: 1, arbitrary: fc.record({ at: fc.nat(), delete: fc.integer({ min: 1, max: 20 }) }) },
);

function apply(text: string, change: Edit): string {
  const at = change.at % (text.length + 1);
  return 'piece' in change ? text.slice(0, at) + change.piece + text.slice(at) : text.slice(0, at) + text.slice(at + change.delete);
}

let real: GuidelineSources;
let cache: ParseCache;
beforeAll(async () => {
  real = (await readGuidelineSources(repositoryRoot, 'livmoderkroppscancer')).sources;
  cache = memoryCache();
  // Read once with the cache so that the lexicon, the same in every case, is parsed only once.
  buildGuidelineGraph({ ...real, chapters: [] }, { cache });
});

describe('reading and checking mutated real text', () => {
  it('never throws and reports no internal-error', () => {
    const blocks = real.chapters[0]!.text.split(/\n{2,}/);
    const chapter = fc
      .tuple(fc.nat({ max: blocks.length - 1 }), fc.integer({ min: 1, max: 10 }), fc.array(edit, { minLength: 1, maxLength: 10 }))
      .map(([start, count, edits]) => edits.reduce(apply, blocks.slice(start, start + count).join('\n\n')));
    fc.assert(
      fc.property(chapter, (markdown) => {
        const sources = { ...real, chapters: [{ path: 'guideline-src/livmoderkroppscancer/13-kapitel.md', text: markdown }] };
        // Only the lexicon is kept between cases: chapters are read afresh, so no case reuses another's reading.
        const parsed = buildGuidelineGraph(sources, { cache: { get: (key) => cache.get(key), set: () => undefined } });
        const findings = runChecks(parsed);
        expect(findings.filter((finding) => finding.ruleId === 'internal-error')).toEqual([]);
      }),
      { numRuns: runs },
    );
  }, 600_000);
});
