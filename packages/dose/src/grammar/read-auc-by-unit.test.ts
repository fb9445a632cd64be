import { describe, expect, it } from 'vitest';
import { parseDoses } from '../parse-doses.js';
import { realLexicon } from '../__fixtures__/real-lexicon.js';

const read = (text: string, heading?: string) =>
  parseDoses(text, realLexicon(), { checkRanges: false, checkKinds: false, ...(heading === undefined ? {} : { heading }) });

describe('a target AUC written with its unit and without the word AUC', () => {
  // Real phrasing: rows of the carboplatin product text's table `Planerad AUC | Kemoterapi | Patientstatus`.
  const heading = 'Karboplatin 10 mg/ml koncentrat till infusionsvätska – produktresumé';
  it('is a dose of the drug of the heading', () => {
    const { doses, diagnostics } = read('5-7 mg/ml.min monoterapi, obehandlad', heading);
    expect(doses.map((d) => [d.drug, d.amount, d.unit, d.doseKind])).toEqual([['carboplatin', { low: 5, high: 7 }, 'mg/mL.min', 'auc']]);
    expect(diagnostics).toEqual([]);
  });

  it('takes the heading drug past a capitalised cell that is a Swedish noun (`Monoterapi`)', () => {
    const { doses, diagnostics } = read('5-7 mg/ml.min Monoterapi obehandlad', heading);
    expect(doses.map((d) => [d.drug, d.amount?.low])).toEqual([['carboplatin', 5]]);
    expect(diagnostics).toEqual([]);
  });

  it('is reported when a capitalised cell could name another drug (`Zoxabex`)', () => {
    const { doses, diagnostics } = read('5-7 mg/ml.min Zoxabex obehandlad', heading);
    expect(doses.map((d) => [d.drug, d.amount?.low])).toEqual([[null, 5]]);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['dose-without-drug']);
  });

  it('is reported, never dropped, when no drug is known', () => {
    const { doses, diagnostics } = read('4-6 mg/ml·min Kombinationsterapi obehandlad');
    expect(doses.map((d) => [d.drug, d.amount?.low])).toEqual([[null, 4]]);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['dose-without-drug']);
  });

  // Hostile: a concentration is no AUC, and a bare `AUC 0,97` beside no drug is a statistic.
  it('is not read from a concentration or from a statistic', () => {
    expect(read('Glukos 50 mg/ml ges som spädning.').doses).toEqual([]);
    expect(read('Testets tillförlitlighet (AUC 0,97 mg/ml/min) var hög.').doses).toEqual([]);
  });
});
