import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { GraphIndex, type DoseStatementNode } from '@guideline-as-code/model';
import { buildGuidelineGraph, readGuidelineSources, type GuidelineSources } from '@guideline-as-code/parser';
import { doseHover } from './dose-hover.js';

const projectRoot = fileURLToPath(new URL('../../../../', import.meta.url));
let sources: GuidelineSources;
beforeAll(async () => {
  sources = (await readGuidelineSources(projectRoot, 'livmoderkroppscancer')).sources;
});

/** The hovers of the doses of the real guideline with one own chapter in place of its chapters. */
function hovers(text: string): string[] {
  const { graph } = buildGuidelineGraph({ ...sources, chapters: [{ path: 'guideline-src/livmoderkroppscancer/14-prov.md', text }] });
  const index = new GraphIndex(graph);
  return graph.nodes.filter((node): node is DoseStatementNode => node.type === 'doseStatement').map((node) => doseHover(node, index, 'sv'));
}

// Own chapters.
describe('the hover on a dose whose sentence names no drug', () => {
  it('says the drug came from an earlier sentence, and on which line', () => {
    const [hover] = hovers('# 14 Prov\n\n## 14.1 Prov\n\nEtoposid ges som infusion.\nDosen är 100 mg/m2 iv dag 1–3.\n');
    expect(hover).toMatch(/Läkemedel: .*\*\*etoposide\*\*.* — från meningen på rad 5/);
  });

  it('says the drug came from the heading, and on which line', () => {
    const [hover] = hovers('# 14 Prov\n\n## 14.1 Paklitaxel\n\nVanlig dos är 175 mg/m2 var 3:e vecka.\n');
    expect(hover).toMatch(/\*\*paclitaxel\*\*.* — från rubriken på rad 3/);
  });

  it('says nothing of the kind when the sentence names its drug', () => {
    const [hover] = hovers('# 14 Prov\n\n## 14.1 Prov\n\nPaklitaxel 175 mg/m2 var 3:e vecka.\n');
    expect(hover).not.toMatch(/från (rubriken|meningen)/);
  });
});
