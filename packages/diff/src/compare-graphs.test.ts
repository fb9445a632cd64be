import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '@guideline-as-code/model';
import { compareGraphs } from './compare-graphs.js';
import { loadVersion } from './load-version.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const chapterPath = 'guideline-src/livmoderkroppscancer/13-behandling-av-aterfall.md';
const chapter = readFileSync(path.join(repoRoot, chapterPath), 'utf8');
const temps: string[] = [];
let base: KnowledgeGraph;

/** The real guideline in a temporary copy with the chapter edited, read as a graph. */
async function edited(edit: (text: string) => string): Promise<KnowledgeGraph> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'guideline-diff-test-'));
  temps.push(root);
  cpSync(path.join(repoRoot, 'guideline-src'), path.join(root, 'guideline-src'), { recursive: true });
  const changed = edit(chapter);
  expect(changed).not.toBe(chapter);
  writeFileSync(path.join(root, chapterPath), changed);
  return (await loadVersion(root, undefined)).get('livmoderkroppscancer')!;
}

/** Replaces text outside HTML comments, exactly once. */
function replaceInText(text: string, from: string, to: string): string {
  const lines = text.split('\n');
  const hits = lines.flatMap((line, index) => (!line.startsWith('<!--') && line.includes(from) ? [index] : []));
  expect(hits).toHaveLength(1);
  lines[hits[0]!] = lines[hits[0]!]!.replace(from, to);
  return lines.join('\n');
}

const idsOf = (graph: KnowledgeGraph, type: string) => graph.nodes.filter((node) => node.type === type).map((node) => node.id);
const summary = (graph: KnowledgeGraph) => compareGraphs(base, graph).changes.map((change) => [change.impact, change.message.sv]);

beforeAll(async () => {
  base = (await loadVersion(repoRoot, undefined)).get('livmoderkroppscancer')!;
});
afterAll(() => {
  for (const temp of temps) rmSync(temp, { recursive: true, force: true });
});

describe('guideline diff on realistic edits of chapter 13', () => {
  it('sees no change between a version and itself', () => {
    expect(compareGraphs(base, base)).toMatchObject({ bump: null, changes: [] });
  });

  it('a bullet inserted at the top of the recommendation box is one minor addition; every other id stays', async () => {
    const head = await edited((text) =>
      text.replace(':::recommendations[Rekommendationer]\n', ':::recommendations[Rekommendationer]\n- Patienten bör erbjudas kontaktsjuksköterska.\n  ::villkor[alltid]{#kontaktsjukskoterska}\n'),
    );
    for (const type of ['recommendation', 'rule', 'regimen', 'regimenComponent', 'doseStatement', 'statement', 'reference', 'trial', 'section']) {
      expect(idsOf(head, type)).toEqual(expect.arrayContaining(idsOf(base, type)));
    }
    expect(summary(head)).toEqual([['minor', 'Ny rekommendation `kontaktsjukskoterska` (villkor: alltid): Patienten bör erbjudas kontaktsjuksköterska.']]);
  });

  it('a dose changed in a regimen table is one major change of that component', async () => {
    const head = await edited((text) => text.replace('| paklitaxel | 175 mg/m2 |', '| paklitaxel | 150 mg/m2 |'));
    expect(summary(head)).toEqual([['major', 'Paklitaxel i KarPak: 175 mg/m2 → 150 mg/m2']]);
    expect(compareGraphs(base, head).bump).toBe('major');
  });

  it('a new regimen is one minor addition naming its components', async () => {
    const regimen = ':::regimen[Karboplatin]{#karboplatin intent=palliativ}\n| Läkemedel | Dos | Väg | Intervall | Cykler | Avsnitt |\n| --- | --- | --- | --- | --- | --- |\n| karboplatin | AUC 5 | ej angivet | ej angivet | ej angivet | 13.3.1 |\n:::\n\n';
    const head = await edited((text) => text.replace(':::regimen[Doxorubicin]', `${regimen}:::regimen[Doxorubicin]`));
    expect(summary(head)).toEqual([['minor', 'Ny regim: Karboplatin (karboplatin AUC 5)']]);
    expect(idsOf(head, 'regimenComponent')).toEqual(expect.arrayContaining(idsOf(base, 'regimenComponent')));
  });

  it('a changed evidence grade is minor and not also a reworded sentence', async () => {
    const head = await edited((text) => text.replace('Palliativ strålbehandling är i många fall effektiv. (++)', 'Palliativ strålbehandling är i många fall effektiv. (+++)'));
    expect(summary(head)).toEqual([['minor', 'Rekommendation `palliativ-stralbehandling`: evidensgrad (++) → (+++)']]);
  });

  it('a reworded sentence is a patch, listed with the wording changes', async () => {
    const head = await edited((text) => text.replace('Palliativ strålbehandling är i många fall effektiv.', 'Palliativ strålbehandling är ofta effektiv.'));
    const diff = compareGraphs(base, head);
    expect(diff.bump).toBe('patch');
    expect(diff.changes).toHaveLength(1);
    expect(diff.changes[0]).toMatchObject({ nodeType: 'statement', id: 'statement:palliativ-stralbehandling/1', wordingOnly: true });
  });

  it('KEYNOTE-775 corrected to conventional doxorubicin changes a trial arm’s drug and no regimen, recommendation or rule', async () => {
    const head = await edited((text) => replaceInText(text, 'iv liposomalt doxorubicin 60 mg/m2', 'iv doxorubicin 60 mg/m2'));
    const diff = compareGraphs(base, head);
    expect(diff.changes.filter((change) => ['regimen', 'regimenComponent', 'recommendation', 'rule'].includes(change.nodeType))).toEqual([]);
    expect(diff.changes.filter((change) => change.field === 'drug')).toEqual([
      expect.objectContaining({ nodeType: 'doseStatement', before: 'liposomalt doxorubicin', after: 'doxorubicin', impact: 'minor' }),
    ]);
    expect(diff.bump).toBe('minor');
  });
});
