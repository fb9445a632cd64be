import { describe, expect, it } from 'vitest';
import { parseDoses } from '../parse-doses.js';
import { realLexicon } from '../__fixtures__/real-lexicon.js';

const lexicon = realLexicon();
const read = (text: string) => parseDoses(text, lexicon, { checkRanges: false, checkKinds: false });
const fields = (text: string) => read(text).doses.map((d) => [d.drug, d.amount?.low, d.unit, d.doseKind, d.route]);
const partial = (text: string) =>
  read(text)
    .diagnostics.filter((d) => d.ruleId === 'dose-partial-reading')
    .map((d) => text.slice(d.start, d.end));

// The first two are spans of the national regimen library's dose-dense docetaxel page
// (corpora/doses/tune/regimbiblioteket-brost-docetaxel-dose-dense.yaml); the others own sentences
// in the style of Swedish product information and regimen pages.
describe('amounts in million units', () => {
  it('reads ME per kg in a regimen-table row', () => {
    expect(fields('Filgrastim Subkutan injektion 0,5 ME/kg kroppsvikt')).toEqual([['filgrastim', 0.5, 'MU/kg', 'units-per-weight', 'sc']]);
  });

  it('reads flat ME amounts', () => {
    const { doses } = read('Filgrastim: <70 kg 30 ME, >70 kg 48 ME.');
    expect(doses.map((d) => [d.drug, d.amount, d.unit])).toEqual([
      ['filgrastim', { low: 30, high: 30 }, 'MU'],
      ['filgrastim', { low: 48, high: 48 }, 'MU'],
    ]);
  });

  it.each([
    ['Filgrastim 30 ME sc dagligen.', 30, 'MU'],
    ['Filgrastim 30 MU sc dagligen.', 30, 'MU'],
    ['Filgrastim 30 MIE sc dagligen.', 30, 'MU'],
    ['Filgrastim 5 milj. E sc dagligen.', 5, 'MU'],
    ['Filgrastim 5 milj. IE sc dagligen.', 5, 'MU'],
    ['Filgrastim 30 miljoner enheter sc dagligen.', 30, 'MU'],
    ['Filgrastim 30 miljoner internationella enheter sc dagligen.', 30, 'MU'],
    ['Filgrastim 0,5 miljoner enheter/kg sc dagligen.', 0.5, 'MU/kg'],
    ['Filgrastim 0,5 ME per kg sc dagligen.', 0.5, 'MU/kg'],
    ['Filgrastim 0,5 MU/kg sc dagligen.', 0.5, 'MU/kg'],
    ['Filgrastim 0,5 MIE/kg sc dagligen.', 0.5, 'MU/kg'],
  ])('%s', (text, amount, unit) => {
    const [dose] = read(text).doses;
    expect([dose?.drug, dose?.amount?.low, dose?.unit, dose?.route, dose?.intervalDays]).toEqual(['filgrastim', amount, unit, 'sc', { low: 1, high: 1 }]);
    expect(partial(text)).toEqual([]);
  });

  it('reads a per-day unit after million units per kg', () => {
    const [dose] = read('Filgrastim 0,5 ME/kg/dag sc.').doses;
    expect([dose?.unit, dose?.intervalDays]).toEqual(['MU/kg', { low: 1, high: 1 }]);
  });

  it('never converts million units to a mass', () => {
    expect(read('Filgrastim 30 ME sc.').doses[0]?.amount).toEqual({ low: 30, high: 30 });
  });
});

describe('what is not a dose in million units, and stays reported', () => {
  it('a strength per volume', () => {
    expect(read('Filgrastim 30 ME/0,5 ml.').doses).toEqual([]);
    expect(read('Filgrastim 48 ME per 0,5 ml injektionsvätska.').doses).toEqual([]);
    expect(read('Filgrastim 60 ME/ml.').doses).toEqual([]);
    expect(partial('Filgrastim 30 ME/0,5 ml.')).toEqual(['30 ME']);
  });

  it('million units restating a mass in parentheses', () => {
    const text = 'Filgrastim 300 mikrogram (30 miljoner enheter) sc.';
    expect(read(text).doses.map((d) => [d.amount?.low, d.unit])).toEqual([[0.3, 'mg']]);
    expect(partial(text)).toEqual(['30 miljoner']);
    // Without a mass before it, the parenthesis holds the dose itself.
    expect(read('Filgrastim (30 ME) sc.').doses.map((d) => [d.amount?.low, d.unit])).toEqual([[30, 'MU']]);
  });

  it('million units per m2, which the graph has no unit for', () => {
    expect(read('Aldesleukin 18 MIE/m2 iv.').doses).toEqual([]);
    expect(partial('Aldesleukin 18 MIE/m2 iv.')).toEqual(['18 MIE']);
  });

  it('international units without "million"', () => {
    expect(read('Heparin 5000 IE sc.').doses).toEqual([]);
    expect(partial('Heparin 5000 IE sc.')).toEqual(['5000 IE']);
  });

  it('a count of millions that is no unit', () => {
    expect(read('Filgrastim 30 ME sc, given to 5 miljoner patienter.').doses.map((d) => d.amount?.low)).toEqual([30]);
    expect(read('Ge me 30 minuter.').doses).toEqual([]);
  });
});

describe('the intraperitoneal route', () => {
  // The first is a span of the regimen library's HIPEC oxaliplatin page
  // (corpora/doses/tune/regimbiblioteket-kolorektal-hipec-oxaliplatin-flv.yaml).
  it.each([
    'Oxaliplatin Intraperitoneal instillation 460 mg/m²',
    'Cisplatin 50 mg/m2 ip dag 1.',
    'Mitomycin 35 mg/m2 i.p. under 90 minuter.',
    'Mitomycin 35 mg/m2 ges intraperitonealt.',
    'Oxaliplatin 460 mg/m2 intraperitoneal infusion.',
  ])('%s', (text) => {
    const [dose] = read(text).doses;
    expect(dose?.route).toBe('ip');
    expect(partial(text)).toEqual([]);
  });

  it('does not take the preposition i before another word for the route', () => {
    expect(read('Mitomycin 35 mg/m2 i peritonealhålan.').doses[0]?.route).toBeNull();
  });
});
