import { beforeAll, describe, expect, it } from 'vitest';
import { buildGuidelineGraph } from '../build-graph.js';
import type { GuidelineSources } from '../guideline-sources.js';
import { realSources, withChapter } from '../fuzz/real-sources.js';
import { parseMarkdown } from '../markdown.js';
import { formatProseCoverage, guidelineProseCoverage } from './guideline-coverage.js';
import { proseCoverage } from './prose-coverage.js';

let real: GuidelineSources;
beforeAll(async () => {
  real = await realSources();
});

function coverageOf(markdown: string) {
  const sources = withChapter(real, markdown);
  const { graph } = buildGuidelineGraph(sources);
  return proseCoverage(sources.chapters[0]!, parseMarkdown(markdown), graph);
}

const gaps = (markdown: string) => {
  const coverage = coverageOf(markdown);
  return { uncovered: coverage.uncovered.map((span) => span.text), doublyCovered: coverage.doublyCovered.map((span) => span.text) };
};

describe('prose coverage', () => {
  it('finds every prose character of the real chapter in exactly one node', () => {
    const coverage = guidelineProseCoverage(real, buildGuidelineGraph(real).graph);
    expect(coverage.chapters[0]!.uncovered).toEqual([]);
    expect(coverage.chapters[0]!.doublyCovered).toEqual([]);
    expect(coverage.proseCharacters).toBeGreaterThan(20_000);
    expect(coverage.percentage).toBe(100);
    expect(formatProseCoverage(coverage)).toMatch(/^prose coverage 100\.0 % \(\d+ of \d+ characters in exactly one node\)$/);
  });

  it('counts headings, paragraphs, list items and table cells, and a citation after the full stop', () => {
    const coverage = coverageOf('# 13 Återfall\n\nEn *mening* med `kod`. [@83]\n\n- Punkt ett.\n\n| A | B |\n| --- | --- |\n| c | d. |\n');
    expect(coverage.uncovered).toEqual([]);
    expect(coverage.proseCharacters).toBe('13Återfall'.length + 'Enmeningmedkod.[@83]'.length + 'Punktett.'.length + 'ABcd.'.length);
    expect(coverage.percentage).toBe(100);
  });

  it('does not count syntax, comments, front matter, regimen tables or directive labels', () => {
    const coverage = coverageOf(
      [
        '---', 'chapter: 13', '---', '# 13 Å', '<!-- kommentar -->', ':::regimen[KarPak]{#karpak}', '| Läkemedel | Dos |', '| --- | --- |',
        '| karboplatin | AUC 5 |', ':::', '', '```', 'kod', '```', '',
      ].join('\n'),
    );
    expect(coverage.proseCharacters).toBe('13Å'.length);
  });

  it('reports a heading without a number as not held by any node, at its position', () => {
    const coverage = coverageOf('# 13 Å\n\n## Ingen siffra\n\nText.\n');
    expect(coverage.uncovered.map((span) => [span.text, span.source.start.line, span.source.start.column])).toEqual([['Ingen siffra', 3, 4]]);
    expect(coverage.percentage).toBeLessThan(100);
  });

  it('holds a paragraph inside a regimen block and a paragraph of only a citation (once dropped in silence)', () => {
    expect(gaps('# 13 Å\n\n:::regimen[KarPak]{#karpak}\nEn mening i blocket.\n\n| Läkemedel | Dos |\n| --- | --- |\n| karboplatin | AUC 5 |\n:::\n').uncovered).toEqual([]);
    expect(gaps('# 13 Å\n\n[@998]\n').uncovered).toEqual([]);
  });
});
