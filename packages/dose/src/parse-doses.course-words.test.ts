import { describe, expect, it } from 'vitest';
import { realLexicon } from './__fixtures__/real-lexicon.js';
import { parseDoses } from './parse-doses.js';

// Own sentences in the style of Swedish care programmes and product information: how long a
// course goes on, how many cycles it has, and routes written out. Each case was read wrongly or
// dropped without a finding before.
const read = (text: string) => parseDoses(text, realLexicon(), { checkRanges: false, checkKinds: false });
const partial = (text: string) => read(text).diagnostics.filter((d) => d.ruleId === 'dose-partial-reading').map((d) => text.slice(d.start, d.end));

describe('the length of a course', () => {
  it('a shortest length (`i minst 5 år`) is reported, as no field holds it, and not read as a maximum', () => {
    const text = 'Letrozol 2,5 mg dagligen i minst 5 år.';
    expect(read(text).doses.map((d) => [d.drug, d.intervalDays?.low, d.maxDuration])).toEqual([['letrozole', 1, null]]);
    expect(partial(text)).toEqual(['i minst 5 år']);
    expect(partial('Tamoxifen 20 mg dagligen under minst 2 år.')).toEqual(['under minst 2 år']);
  });

  it('an age after `minst` is no length of treatment', () => {
    const { doses, diagnostics } = read('Patienter som är minst 18 år får tamoxifen 20 mg dagligen.');
    expect(doses.map((d) => [d.drug, d.maxDuration])).toEqual([['tamoxifen', null]]);
    expect(diagnostics).toEqual([]);
  });

  it('half a year is six months', () => {
    const [dose] = read('Kapecitabin 1000 mg/m2 x 2 dag 1–14 var tredje vecka under ett halvår.').doses;
    expect(dose?.maxDuration).toEqual({ value: 6, unit: 'mo', days: 182.625 });
  });
});

describe('how many cycles', () => {
  it('a total of treatments after a combination\'s schedule is its cycles (it was dropped without a finding)', () => {
    const { doses, diagnostics } = read('Paklitaxel 175 mg/m2 och karboplatin AUC 5 var tredje vecka, totalt sex behandlingar.');
    expect(doses.map((d) => [d.drug, d.cycles])).toEqual([
      ['paclitaxel', { low: 6, high: 6 }],
      ['carboplatin', { low: 6, high: 6 }],
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('cycles written before a drug name are the cycles of the amount right after it: one dose, not two statements', () => {
    const { doses, diagnostics } = read('Sex cykler paklitaxel 175 mg/m2 var tredje vecka.');
    expect(doses.map((d) => [d.drug, d.amount?.low, d.intervalDays?.low, d.cycles])).toEqual([['paclitaxel', 175, 21, { low: 6, high: 6 }]]);
    expect(diagnostics).toEqual([]);
  });

  it('cycles before a name with no amount after it stay a statement of cycles only', () => {
    expect(read('Tre cykler pembrolizumab.').doses.map((d) => [d.drug, d.amount, d.cycles])).toEqual([['pembrolizumab', null, { low: 3, high: 3 }]]);
  });

  it('a point in the course (`utvärdering efter 3 cykler`) is no count of its cycles (it was read as 3 cycles)', () => {
    for (const text of ['Docetaxel 75 mg/m2 var tredje vecka, utvärdering efter 3 cykler.', 'Efter fyra cykler docetaxel 75 mg/m2 utvärderas effekten.']) {
      const { doses, diagnostics } = read(text);
      expect(doses.map((d) => [d.drug, d.cycles])).toEqual([['docetaxel', null]]);
      expect(diagnostics).toEqual([]);
    }
  });
});

describe('routes written out', () => {
  it('an oral liquid gives the oral route', () => {
    expect(read('Morfin 10 mg mixtur x 6.').doses.map((d) => [d.route, d.timesPerDay?.low])).toEqual([['po', 6]]);
  });

  it('a nasal route, which no field holds, is reported (the dose was published without a route and no finding)', () => {
    const text = 'Fentanyl 50 mikrog intranasalt.';
    expect(read(text).doses.map((d) => d.route)).toEqual([null]);
    expect(partial(text)).toEqual(['intranasalt']);
  });
});
