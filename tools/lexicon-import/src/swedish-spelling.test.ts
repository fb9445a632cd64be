import { describe, expect, it } from 'vitest';
import { swedishSpelling } from './swedish-spelling.js';

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
