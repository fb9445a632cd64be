import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DoseStatementNode } from '@guideline-as-code/model';
import { buildGuidelineGraph, readGuidelineSources, type GuidelineSources } from '../index.js';

const projectRoot = fileURLToPath(new URL('../../../../', import.meta.url));
let sources: GuidelineSources;
beforeAll(async () => {
  sources = (await readGuidelineSources(projectRoot, 'livmoderkroppscancer')).sources;
});

/** The real guideline with one own chapter 14 in place of its chapters. */
function withChapter(text: string) {
  const path = 'guideline-src/livmoderkroppscancer/14-prov.md';
  const { graph, diagnostics } = buildGuidelineGraph({ ...sources, chapters: [{ path, text }] });
  const doses = graph.nodes.filter((node): node is DoseStatementNode => node.type === 'doseStatement');
  return { text, doses, findings: diagnostics.filter((d) => d.source?.file === path).map((d) => d.ruleId) };
}

// Own headings and sentences.
describe('a dose whose sentence names no drug takes the one drug of its section heading', () => {
  it('gets the drug, and drugFromHeading points at its name in the heading', () => {
    const { text, doses, findings } = withChapter('# 14 Prov\n\n## 14.1 Paklitaxel\n\nVanlig dos är 175 mg/m2 var 3:e vecka.\n');
    expect(doses.map((d) => d.drug)).toEqual(['drug:paclitaxel']);
    const from = doses[0]?.drugFromHeading;
    expect(from === undefined ? null : text.slice(from.start.offset, from.end.offset)).toBe('Paklitaxel');
    expect(findings).not.toContain('dose-without-drug');
  });

  it('a heading with two drugs gives none and the dose is reported as before', () => {
    const { doses, findings } = withChapter('# 14 Prov\n\n## 14.1 Karboplatin och paklitaxel\n\nVanlig dos är 175 mg/m2 var 3:e vecka.\n');
    expect(doses.map((d) => [d.drug, d.drugFromHeading])).toEqual([[null, undefined]]);
    expect(findings).toContain('dose-without-drug');
  });

  it('a sentence that names its drug keeps it and has no drugFromHeading', () => {
    const { doses } = withChapter('# 14 Prov\n\n## 14.1 Paklitaxel\n\nKarboplatin AUC 5 ges dag 1.\n');
    expect(doses.map((d) => [d.drug, d.drugFromHeading])).toEqual([['drug:carboplatin', undefined]]);
  });

  it('under a heading that names no drug, the drug of the section above it; drugFromHeading points there', () => {
    const { text, doses, findings } = withChapter('# 14 Prov\n\n## 14.1 Paklitaxel\n\n### 14.1.1 Dosering\n\nVanlig dos är 80 mg/m2 varje vecka.\n');
    expect(doses.map((d) => d.drug)).toEqual(['drug:paclitaxel']);
    const from = doses[0]?.drugFromHeading;
    expect(from === undefined ? null : [text.slice(from.start.offset, from.end.offset), from.start.line]).toEqual(['Paklitaxel', 3]);
    expect(findings).not.toContain('dose-without-drug');
  });

  it('a section beside the drug section does not get its drug', () => {
    const { doses, findings } = withChapter('# 14 Prov\n\n## 14.1 Paklitaxel\n\nText.\n\n## 14.2 Dosering\n\nVanlig dos är 80 mg/m2 varje vecka.\n');
    expect(doses.map((d) => d.drug)).toEqual([null]);
    expect(findings).toContain('dose-without-drug');
  });
});

// Own sentences.
describe('a dose whose sentence names no drug takes the one drug of an earlier sentence of its paragraph', () => {
  it('gets the drug, and drugFromSentence points at its name in the file; the heading is not asked', () => {
    const { text, doses, findings } = withChapter('# 14 Prov\n\n## 14.1 Paklitaxel\n\nEtoposid ges som infusion [1].\nDosen är 100 mg/m2 iv dag 1–3.\n');
    expect(doses.map((d) => [d.drug, d.drugFromHeading])).toEqual([['drug:etoposide', undefined]]);
    const from = doses[0]?.drugFromSentence;
    expect(from === undefined ? null : text.slice(from.start.offset, from.end.offset)).toBe('Etoposid');
    expect(from?.start.line).toBe(5);
    expect(findings).not.toContain('dose-without-drug');
  });

  it('a substance only of the ATC index is not passed on: nothing guards what it is given in', () => {
    const { doses, findings } = withChapter('# 14 Prov\n\n## 14.1 Prov\n\nMannitol ges som infusion.\nDosen är 75 mg/m2 iv dag 1.\n');
    expect(doses.map((d) => d.drug)).toEqual([null]);
    expect(findings).toContain('dose-without-drug');
  });

  it('a sentence of another paragraph is not asked, nor one that speaks against its drug', () => {
    const apart = withChapter('# 14 Prov\n\n## 14.1 Prov\n\nEtoposid ges som infusion.\n\nDosen är 100 mg/m2 iv dag 1–3.\n');
    expect(apart.doses.map((d) => d.drug)).toEqual([null]);
    expect(apart.findings).toContain('dose-without-drug');
    const against = withChapter('# 14 Prov\n\n## 14.1 Prov\n\nEtoposid ska undvikas vid leversvikt. Dosen är 100 mg/m2 iv dag 1–3.\n');
    expect(against.doses.map((d) => d.drug)).toEqual([null]);
    expect(against.findings).toContain('dose-without-drug');
  });
});

// Own sentences.
describe('a sentence that says how the course repeats, after a sentence with a dose', () => {
  it('is reported on its own line, as the schedule is not given to the dose before it', () => {
    const { doses, findings } = withChapter('# 14 Prov\n\n## 14.1 Prov\n\nDoxorubicin 75 mg/m2 iv dag 1.\nUpprepas var tredje vecka.\n');
    expect(doses.map((d) => [d.drug, d.intervalDays])).toEqual([['drug:doxorubicin', null]]);
    expect(findings).toEqual(['dose-partial-reading']);
  });

  it('is not reported without a dose before it in its paragraph', () => {
    expect(withChapter('# 14 Prov\n\n## 14.1 Prov\n\nDoxorubicin 75 mg/m2 iv dag 1.\n\nUppföljning sker var tredje månad. Upprepas var tredje vecka.\n').findings).toEqual([]);
  });
});
