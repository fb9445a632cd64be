import { beforeAll, describe, expect, it } from 'vitest';
import { buildGuidelineGraph } from '../build-graph.js';
import type { GuidelineSources } from '../guideline-sources.js';
import { realSources, withChapter } from '../fuzz/real-sources.js';
import { graphDifferences } from './graph-equality.js';
import { renderChapterMarkdown } from './render-markdown.js';

let real: GuidelineSources;
beforeAll(async () => {
  real = await realSources();
});

/** Renders the chapter of `sources` and reads it again; returns both readings and the Markdown. */
function roundTrip(sources: GuidelineSources) {
  const file = sources.chapters[0]!.path;
  const first = buildGuidelineGraph(sources);
  const markdown = renderChapterMarkdown(first.graph, file, { suppressions: first.suppressions });
  const second = buildGuidelineGraph(withChapter(sources, markdown, file));
  return { first, second, markdown };
}

describe('rendering the graph back to Markdown', () => {
  it('gives the real chapter back: reading the rendered chapter gives the same graph', () => {
    const { first, second, markdown } = roundTrip(real);
    expect(graphDifferences(first.graph, second.graph)).toEqual([]);
    expect(second.suppressions.map(({ ruleIds, reason, quote }) => ({ ruleIds, reason, quote }))).toEqual(first.suppressions.map(({ ruleIds, reason, quote }) => ({ ruleIds, reason, quote })));
    expect(second.diagnostics.map((d) => d.ruleId)).toEqual(first.diagnostics.map((d) => d.ruleId));
    expect(markdown).toContain('PET-DT kan ha ett värde vid recidiverande sjukdom [@83; @153; @154].');
    expect(markdown).toContain(':::regimen[KarPak]{#karpak intent="palliativ"}\n| Läkemedel | Dos | Väg | Intervall | Cykler | Avsnitt |');
  });

  it('is stable: rendering the rendered chapter again gives the same Markdown', () => {
    const { second, markdown } = roundTrip(real);
    expect(renderChapterMarkdown(second.graph, real.chapters[0]!.path, { suppressions: second.suppressions })).toBe(markdown);
  });

  it.each([
    ['citations after the full stop and before a comma', '# 13 Å\n\nText om något. [@83]\n\nEtt stöd [@84], som rapporterar.\n'],
    ['a citation inside a section number is moved to the end of the number', '# 13 Å\n\nSe avsnitt 13.3.2.1[@84] ovan.\n'],
    ['escapes, emphasis and wrapped lines', '# 13 Å\n\nA \\* b *c* &amp; d\nrad två. Nästa mening.\n'],
    ['a table outside a regimen', '# 13 Å\n\n| A | B |\n| --- | --- |\n| c [@83] | d |\n'],
    ['a rule after a paragraph of several sentences', '# 13 Å\n\nFörsta. Vid dMMR bör patienten remitteras.\n::villkor[mmr-status är dMMR]{#x mening="Vid dMMR"}\n'],
    ['text before the first heading', 'Ingen rubrik.\n\n# 13 Å\n\nText.\n'],
    // Found by the fuzz test: markup before a citation after the full stop, then a grade.
    ['a citation between the full stop and the grade, after emphasis', '# 13 Å\n\n:::recommendations[Rekommendationer]\n- Behandling *behandling*. [@60] (+)\n:::\n'],
    // Found by the fuzz test: the drug of a dose is named in the sentence before, and the
    // emphasis the renderer leaves out moves that name (drugFromSentence) by two columns.
    ['a dose whose drug the sentence before names, after emphasis', '# 13 Å\n\nTerapi *med* MPA ges. [@83] Dosen är 1000 mg dagligen.\n'],
  ])('round-trips %s', (_, markdown) => {
    const { first, second } = roundTrip(withChapter(real, markdown));
    expect(graphDifferences(first.graph, second.graph)).toEqual([]);
  });
});
