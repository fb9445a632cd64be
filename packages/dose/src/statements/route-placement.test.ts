import { describe, expect, it } from 'vitest';
import { parseDoses } from '../parse-doses.js';
import { realLexicon } from '../__fixtures__/real-lexicon.js';

// Own sentences in the style of regional guidance and regimen sheets.
const read = (text: string) => parseDoses(text, realLexicon(), { checkRanges: false, checkKinds: false });
const routes = (text: string) => read(text).doses.map((d) => [d.drug, d.route]);

describe('a route written after the diluents of an infusion', () => {
  it('is the dose\'s', () => {
    const text = 'Vid hyperkalcemi ges zoledronsyra 4 mg i 100 ml NaCl 9 mg/ml eller Glukos 50 mg/ml intravenöst under minst 15 minuter.';
    expect(routes(text)).toEqual([['zoledronic-acid', 'iv']]);
    expect(read(text).diagnostics).toEqual([]);
  });

  it('a diluent far from the dose does not carry a later route to it (hostile)', () => {
    const text = 'Zoledronsyra 4 mg ges efter rehydrering med minst två liter NaCl 9 mg/ml intravenöst.';
    expect(routes(text)).toEqual([['zoledronic-acid', null]]);
  });
});

describe('a route standing with the days of the cycle after a combination', () => {
  it('is every drug\'s, like the days', () => {
    const { doses } = read('Nivolumab 3 mg/kg och ipilimumab 1 mg/kg iv dag 1, ny kur dag 22, fyra kurer.');
    expect(doses.map((d) => [d.drug, d.route, d.days, d.cycles?.low])).toEqual([
      ['nivolumab', 'iv', [1], 4],
      ['ipilimumab', 'iv', [1], 4],
    ]);
  });

  it('a drug with a route of its own keeps it; a route without days stays the last dose\'s (hostile)', () => {
    expect(routes('Trastuzumab 600 mg sc och pertuzumab 420 mg iv dag 1.')).toEqual([['trastuzumab', 'sc'], ['pertuzumab', 'iv']]);
    expect(routes('Pembrolizumab 200 mg och lenvatinib 20 mg po dagligen.')).toEqual([['pembrolizumab', null], ['lenvatinib', 'po']]);
  });
});

describe('route abbreviations without the last full stop', () => {
  it('`i.m`, `s.c`', () => {
    expect(routes('Ondansetron 2 ml (4 mg) i.m i stor muskel.')).toEqual([['ondansetron', 'im']]);
    expect(routes('Ondansetron 4 mg s.c vid behov.')).toEqual([['ondansetron', 'sc']]);
  });
});

describe('a route before a bracket that opens with the name', () => {
  // Own sentence in the style of a regional guideline: the class, its route, then the drug in brackets.
  it('is the named drug\'s route', () => {
    expect(routes('Bisfosfonater iv (zoledronsyra 4 mg) ges efter rehydrering.')).toEqual([['zoledronic-acid', 'iv']]);
  });

  it('does not reach over a bracket that opens with other words', () => {
    expect(routes('Ges iv (se nedan) zoledronsyra 4 mg.')).toEqual([['zoledronic-acid', null]]);
  });
});
