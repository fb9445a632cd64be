import { describe, expect, it } from 'vitest';
import { halfSwedishSpelling, swedishSpelling, swedishSubstanceName } from './swedish-spelling.js';

describe('swedishSpelling', () => {
  // Pairs as the hand-written entries and Swedish product texts write them.
  it.each([
    ['cyclophosphamide', 'cyklofosfamid'],
    ['paclitaxel', 'paklitaxel'],
    ['docetaxel', 'docetaxel'],
    ['carboplatin', 'karboplatin'],
    ['palbociclib', 'palbociklib'],
    ['exemestane', 'exemestan'],
    ['ixabepilone', 'ixabepilon'],
    ['medroxyprogesterone', 'medroxiprogesteron'],
    ['methotrexate', 'metotrexat'],
    ['capecitabine', 'kapecitabin'],
    ['irinotecan', 'irinotekan'],
    ['fluorouracil', 'fluorouracil'],
    ['etoposide', 'etoposid'],
    ['hydroxycarbamide', 'hydroxikarbamid'],
    ['quizartinib', 'kvizartinib'],
    ['zoledronic acid', 'zoledronsyra'],
    ['folic acid', 'folsyra'],
    ['talimogene laherparepvec', 'talimogen laherparepvec'],
    ['omacetaxine mepesuccinate', 'omacetaxin mepesuccinat'],
    ['dexamethasone', 'dexametason'],
    ['glucose', 'glukos'],
  ])('%s → %s', (inn, swedish) => {
    expect(swedishSpelling(inn)).toBe(swedish);
  });
});

describe('swedishSubstanceName', () => {
  // Salts as Swedish product texts write them: one word, cation first (FASS: natriumklorid,
  // kaliumklorid, glykopyrroniumbromid, dokusatnatrium, levotyroxinnatrium).
  it.each([
    ['sodium chloride', 'natriumklorid'],
    ['potassium chloride', 'kaliumklorid'],
    ['glycopyrronium bromide', 'glykopyrroniumbromid'],
    ['docusate sodium', 'dokusatnatrium'],
    ['levothyroxine sodium', 'levotyroxinnatrium'],
    ['calcium carbonate', 'kalciumkarbonat'],
    ['morphine', 'morfin'],
    ['oxycodone', 'oxikodon'],
    ['zoledronic acid', 'zoledronsyra'],
    ['ferrous sulfate', 'ferrous sulfat'],
    ['insulin glargine', 'insulin glargin'],
  ])('%s → %s', (inn, swedish) => {
    expect(swedishSubstanceName(inn)).toBe(swedish);
  });
});

describe('halfSwedishSpelling', () => {
  // As product names write them (FASS: Capecitabin Accord, Gemcitabin Hospira, Vinorelbin Ebewe).
  it.each([
    ['capecitabine', 'capecitabin'],
    ['gemcitabine', 'gemcitabin'],
    ['vinorelbine', 'vinorelbin'],
    ['paclitaxel', null],
    ['zoledronic acid', null],
  ])('%s → %s', (inn, spelt) => {
    expect(halfSwedishSpelling(inn)).toBe(spelt);
  });
});
