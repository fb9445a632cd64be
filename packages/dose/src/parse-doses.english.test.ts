import { describe, expect, it } from 'vitest';
import { parseDoses } from './parse-doses.js';
import { realLexicon } from './__fixtures__/real-lexicon.js';

describe('English prose', () => {
  it('carboplatin AUC 5 every 3 weeks for 6 cycles', () => {
    const { doses, diagnostics } = parseDoses('carboplatin AUC 5 every 3 weeks for 6 cycles', realLexicon());
    expect(diagnostics).toEqual([]);
    expect(doses).toMatchObject([
      {
        drug: 'carboplatin',
        amount: { low: 5, high: 5 },
        unit: 'mg/mL.min',
        doseKind: 'auc',
        intervalDays: { low: 21, high: 21 },
        cycles: { low: 6, high: 6 },
        text: 'carboplatin AUC 5 every 3 weeks for 6 cycles',
      },
    ]);
  });

  it('paclitaxel 80 mg/m² weekly', () => {
    const { doses } = parseDoses('paclitaxel 80 mg/m² weekly', realLexicon());
    expect(doses).toMatchObject([{ drug: 'paclitaxel', amount: { low: 80, high: 80 }, unit: 'mg/m2', intervalDays: { low: 7, high: 7 } }]);
  });

  it.each([
    ['pembrolizumab 200 mg intravenously every three weeks for up to 35 cycles', { route: 'iv', intervalDays: { low: 21, high: 21 }, cycles: { low: null, high: 35 } }],
    ['lenvatinib 20 mg orally once daily', { route: 'po', intervalDays: { low: 1, high: 1 } }],
    ['olaparib 300 mg twice daily', { intervalDays: { low: 1, high: 1 }, timesPerDay: { low: 2, high: 2 } }],
    ['dostarlimab 500 mg q3w for 4 cycles followed by 1000 mg q6w for up to 2 years', { cycles: { low: 4, high: 4 }, phaseCount: 2 }],
    ['paclitaxel 80 mg/m2 weekly, 3 weeks on, 1 week off', { pause: { periodDays: 28, offDays: 7 } }],
    ['bevacizumab 15 mg/kg every 3 weeks', { unit: 'mg/kg', doseKind: 'weight', intensityPerWeek: { low: 5, high: 5 } }],
    ['20 Gy in 5 fractions', { fractionation: { total: { low: 20, high: 20, derived: false }, fractions: { low: 5, high: 5, derived: false }, dosePerFraction: { low: 4, high: 4, derived: true } } }],
  ])('%s', (text, expected) => {
    const { doses } = parseDoses(text, realLexicon());
    expect(doses[0]).toMatchObject(expected);
  });

  it('the second phase of a phased English statement inherits the drug and its limit', () => {
    const { doses } = parseDoses('dostarlimab 500 mg q3w for 4 cycles followed by 1000 mg q6w for up to 2 years', realLexicon());
    expect(doses[1]).toMatchObject({ drug: 'dostarlimab', drugInherited: true, phase: 2, intervalDays: { low: 42, high: 42 }, maxDuration: { value: 2, unit: 'a' } });
  });
});
