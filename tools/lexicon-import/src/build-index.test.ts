import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildIndex, type IndexInput } from './build-index.js';
import { COMMON_WORDS } from './common-swedish-words.js';
import { readSubstanceFacts } from './read-data.js';
import { readWhoAtc } from './read-who-atc.js';

const dataDirectory = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');

/** A small WHO index in the data file's own form, with one substance of each kind the importer meets. */
const SMALL_INDEX = [
  '# Index as published on 2026-04-25',
  'code,name',
  'A06AD11,lactulose',
  'A06AD61,"lactulose, combinations"',
  'A07DA03,loperamide',
  'A10AB01,insulin (human)',
  'A10AB02,insulin (beef)',
  'A11DA01,thiamine (vit B1)',
  'A12BA01,potassium chloride',
  'A03AB02,glycopyrronium bromide',
  'C01CA24,epinephrine',
  'C09DA01,losartan and diuretics',
  'J07AM01,tetanus toxoid',
  'N02AA01,morphine',
  'N02AA05,oxycodone',
  'V01AA01,feather',
  'V03AN01,oxygen',
  'V09AA01,technetium (99mTc) exametazime',
  'V03AX03,cobicistat',
  'A12CB02,zinc compounds',
].join('\n');

function input(overrides: Partial<IndexInput> = {}): IndexInput {
  return {
    atc: readWhoAtc(SMALL_INDEX),
    swedishNames: readSubstanceFacts('substances:\n  epinephrine: { sv: adrenalin, source: "a product text" }\n', 'index-names.yaml'),
    lexiconCodes: new Set(['N02AA05']),
    lexiconNames: new Set(),
    commonWords: new Set(COMMON_WORDS),
    ...overrides,
  };
}

describe('buildIndex', () => {
  it('lists each single substance once, with its Swedish name, INN and every ATC code of the name', () => {
    const { substances } = buildIndex(input());
    expect(substances.map((substance) => [substance.id, substance.name, substance.codes.join(' '), substance.names.join('|')])).toEqual([
      ['cobicistat', 'kobicistat', 'V03AX03', 'cobicistat'],
      ['epinephrine', 'adrenalin', 'C01CA24', 'epinephrine'],
      ['glycopyrronium-bromide', 'glykopyrroniumbromid', 'A03AB02', 'glycopyrronium bromide'],
      ['insulin', 'insulin', 'A10AB01 A10AB02', ''],
      ['lactulose', 'laktulos', 'A06AD11', 'lactulose'],
      ['loperamide', 'loperamid', 'A07DA03', 'loperamide'],
      ['morphine', 'morfin', 'N02AA01', 'morphine'],
      ['potassium-chloride', 'kaliumklorid', 'A12BA01', 'potassium chloride'],
      ['thiamine', 'tiamin', 'A11DA01', 'thiamine'],
    ]);
  });

  it('leaves out combinations, groups, vaccines, allergens, qualified names, lexicon substances and common words, each with its reason', () => {
    const reasons = new Map(buildIndex(input()).leftOut.map((left) => [left.inn, left.reason]));
    expect(reasons.get('lactulose, combinations')).toMatch(/combination/);
    expect(reasons.get('losartan and diuretics')).toMatch(/combination/);
    expect(reasons.get('zinc compounds')).toMatch(/group/);
    expect(reasons.get('tetanus toxoid')).toMatch(/vaccine/);
    expect(reasons.get('feather')).toMatch(/allergen/);
    expect(reasons.get('technetium (99mTc) exametazime')).toMatch(/qualifier/);
    expect(reasons.get('oxycodone')).toBe('in the lexicon');
    expect(reasons.get('oxygen')).toMatch(/common word/);
  });

  it('gives a salt its active moiety only when the index or the lexicon has that substance', () => {
    const moieties = (extra: string) => {
      const atc = readWhoAtc(`${SMALL_INDEX}\n${extra}`);
      return buildIndex(input({ atc })).substances.filter((substance) => substance.moiety !== null).map((substance) => [substance.id, substance.moiety]);
    };
    expect(moieties('D11AA01,glycopyrronium')).toEqual([['glycopyrronium-bromide', 'glycopyrronium']]);
    // Without glycopyrronium itself, and for potassium chloride (nothing left), there is none.
    expect(moieties('D11AA99,cobicistat')).toEqual([]);
  });

  it('leaves out a substance whose name a lexicon entry already has, whatever its code', () => {
    const { substances, leftOut } = buildIndex(input({ lexiconNames: new Set(['morfin']) }));
    expect(substances.map((substance) => substance.id)).not.toContain('morphine');
    expect(leftOut).toContainEqual({ inn: 'morphine', code: 'N02AA01', reason: 'in the lexicon' });
  });

  it('drops a name two substances would share, and refuses a hand-written name without its source', () => {
    const shared = buildIndex(input({ swedishNames: readSubstanceFacts('substances:\n  morphine: { names: [morfin-x], source: s }\n  loperamide: { names: [morfin-x], source: s }\n', 'x') }));
    expect(shared.substances.flatMap((substance) => substance.names)).not.toContain('morfin-x');
    expect(() => buildIndex(input({ swedishNames: readSubstanceFacts('substances:\n  morphine: { sv: morfin }\n', 'x') }))).toThrow(/needs a source/);
  });

  it('gives the real data: every hand-written Swedish name has a source and is a substance of the index', () => {
    const swedishNames = readSubstanceFacts(readFileSync(join(dataDirectory, 'index-names.yaml'), 'utf8'), 'index-names.yaml');
    const atc = readWhoAtc(readFileSync(join(dataDirectory, 'who-atc.csv'), 'utf8'));
    const { substances } = buildIndex(input({ atc, swedishNames, lexiconCodes: new Set() }));
    const byInn = new Map(substances.map((substance) => [substance.inn, substance]));
    for (const [inn, facts] of swedishNames) {
      expect(facts.source, inn).toMatch(/https:\/\//);
      expect(byInn.get(inn)?.name, inn).toBe(facts.sv ?? byInn.get(inn)?.name);
    }
    expect(byInn.get('norepinephrine')?.name).toBe('noradrenalin');
  });
});
