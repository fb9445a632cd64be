// Decision rules (`::villkor`) of the real chapter 13, and how rule mistakes are reported.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { GraphIndex } from '@guideline-as-code/model';
import { buildGuidelineGraph, loadGuideline, type GuidelineSources } from './index.js';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
let index: GraphIndex;
beforeAll(async () => {
  index = new GraphIndex((await loadGuideline(projectRoot, 'livmoderkroppscancer')).graph);
});

describe('decision rules of chapter 13', () => {
  it('covers the ten recommendations, the dMMR referral, the first-recurrence MDK and pembrolizumab + lenvatinib for pMMR', () => {
    const rules = index.ofType('rule');
    const recommendations = index.ofType('recommendation').map((r) => r.id);
    expect(rules.filter((rule) => recommendations.includes(rule.recommendation))).toHaveLength(10);
    const onStatements = rules.filter((rule) => rule.recommendation.startsWith('statement:'));
    expect(onStatements.map((rule) => [rule.key, rule.conditionText.value, (index.get(rule.recommendation) as { text: { value: string } }).text.value])).toEqual([
      ['remiss-till-arftlighetsmottagning', 'mmr-status är dMMR', 'Vid dMMR bör patienten remitteras till en ärftlighetsmottagning.'],
      ['forsta-aterfall-diskuteras-vid-mdk', 'first-recurrence är ja', 'Samtliga patienter med första återfall bör diskuteras vid MDK.'],
      [
        'pembrolizumab-lenvatinib-vid-pmmr',
        'mmr-status är pMMR och prior-platinum är ja',
        'Kombinationsbehandlingen är godkänd av såväl FDA som EMA vid avancerad, obotlig pMMR livmoderkroppscancer, som progredierat på konventionella cytostatika.',
      ],
    ]);
  });

  it('gives the dostarlimab rule its condition as JSON and JsonLogic, and its regimen', () => {
    expect(index.get('rule:dostarlimab-vid-dmmr')).toMatchObject({
      condition: { op: 'and', args: [{ op: 'is', fact: 'mmr-status', value: 'dMMR' }, { op: 'is', fact: 'prior-platinum', value: true }] },
      jsonLogic: { and: [{ '===': [{ var: 'mmr-status' }, 'dMMR'] }, { '===': [{ var: 'prior-platinum' }, true] }] },
      facts: ['mmr-status', 'prior-platinum'],
      regimens: ['regimen:dostarlimab'],
    });
    for (const rule of index.ofType('rule')) for (const regimen of rule.regimens) expect(index.get(regimen)?.type, regimen).toBe('regimen');
  });
});

describe('rule mistakes', () => {
  let sources: GuidelineSources;
  beforeAll(async () => {
    const facts = await readFile(new URL('../../../guideline-src/vocabulary/patient-facts.yaml', import.meta.url), 'utf8');
    sources = { key: 'g', chapters: [], lexicon: [], patientFacts: { path: 'guideline-src/vocabulary/patient-facts.yaml', text: facts } };
  });
  const diagnose = (markdown: string) =>
    buildGuidelineGraph({ ...sources, chapters: [{ path: 'guideline-src/g/13.md', text: markdown }] }).diagnostics.filter((d) => d.ruleId.startsWith('rule-'));

  it('points at the unknown value inside the condition', () => {
    const [problem] = diagnose('# 13 X\n\nText.\n::villkor[mmr-status är dMMMR]\n');
    expect(problem).toMatchObject({ ruleId: 'rule-condition', source: { start: { line: 4, column: 25 }, end: { line: 4, column: 30 } } });
    expect(problem?.message.sv).toBe('`dMMMR` är inget värde för `mmr-status`; tillåtna värden är `dMMR`, `pMMR`.');
  });

  it('asks which sentence a rule after a paragraph of several sentences is about', () => {
    expect(diagnose('# 13 X\n\nEn mening. En till.\n::villkor[alltid]\n').map((d) => [d.ruleId, d.source?.start.line])).toEqual([['rule-target', 4]]);
    expect(diagnose('# 13 X\n\nEn mening. En till.\n::villkor[alltid]{mening="En till"}\n')).toEqual([]);
    expect(diagnose('# 13 X\n\nEn mening. En till.\n::villkor[alltid]{mening="Ingen"}\n')[0]?.message.en).toBe('No sentence of the paragraph before starts with `Ingen`.');
  });
});
