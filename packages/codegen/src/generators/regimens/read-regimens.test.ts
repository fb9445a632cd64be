// Reading regimens from a small guideline: what the table does not state stays not stated.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { GraphIndex } from '@guideline-as-code/model';
import { buildGuidelineGraph, type GuidelineSources } from '@guideline-as-code/parser';
import { describe, expect, it } from 'vitest';
import { repositoryRoot } from '../../test-support/generate-packages.js';
import { readRegimens } from './read-regimens.js';

const chapter = [
  '# 13 Återfall',
  '',
  'Som behandling ges karboplatin AUC 5 och paklitaxel 175 mg/m2 var 3:e vecka.',
  '',
  ':::regimen[Test]{#test}',
  '| Läkemedel | Dos | Väg | Intervall | Cykler | Avsnitt |',
  '| --- | --- | --- | --- | --- | --- |',
  '| karboplatin | AUC 5 | iv | ej angivet | 6 | 13 |',
  '| ej angivet | 175 mg/m2 | ej angivet | var 3:e vecka | ej angivet | 13 |',
  ':::',
  '',
].join('\n');

function sources(): GuidelineSources {
  const lexicon = ['carboplatin', 'paclitaxel'].map((drug) => {
    const file = `guideline-src/lexicon/${drug}.yaml`;
    return { path: file, text: readFileSync(path.join(repositoryRoot, file), 'utf8') };
  });
  return {
    key: 'g',
    metadata: { path: 'guideline-src/g/guideline.yaml', text: 'id: g\ntitle: Test\npublisher: Test\nlanguage: sv\nedition: not-stated\n' },
    chapters: [{ path: 'guideline-src/g/13-aterfall.md', text: chapter }],
    lexicon,
  };
}

describe('readRegimens', () => {
  const input = sources();
  const { graph } = buildGuidelineGraph(input);
  const [regimen] = readRegimens(new GraphIndex(graph));

  it('publishes an intent the block does not give, and a drug the row does not name, as not stated', () => {
    expect(regimen?.intent).toEqual({ notStated: true, source: null, text: null });
    const second = regimen?.components[1];
    expect(second?.kind === 'drug' && second.drug).toEqual({
      key: null,
      inn: { notStated: true, source: expect.objectContaining({ start: expect.objectContaining({ line: 9 }) }), text: 'ej angivet' },
      atc: expect.objectContaining({ notStated: true, text: 'ej angivet' }),
      name: expect.objectContaining({ notStated: true, text: 'ej angivet' }),
    });
  });

  it('gives stated cells with their spans and the lexicon’s INN and ATC with theirs', () => {
    expect(regimen?.components[0]).toMatchObject({
      drug: { key: 'carboplatin', inn: { value: 'carboplatin', source: { file: 'guideline-src/lexicon/carboplatin.yaml' }, text: 'carboplatin' }, atc: { value: 'L01XA02', text: 'L01XA02' } },
      route: { notStated: false, value: 'iv', source: { start: { line: 8 } }, text: 'iv' },
      cycles: { value: { low: 6, high: 6, inWords: null }, text: '6' },
      interval: { notStated: true, text: 'ej angivet' },
    });
    expect(regimen?.recommendations).toEqual([]);
  });
});
