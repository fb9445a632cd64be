import { describe, expect, it } from 'vitest';
import { parseDoses } from '../parse-doses.js';
import { realLexicon } from '../__fixtures__/real-lexicon.js';

// Own sentences in the style of product information (`Rekommenderad dos är …`) and care guidance.
const read = (text: string) => parseDoses(text, realLexicon(), { checkRanges: false, checkKinds: false });

describe('a drug named right after its amount', () => {
  it('is the amount\'s drug, and the schedule after the name is the dose\'s', () => {
    const { doses, diagnostics } = read('Rekommenderad dos är 500 mg bosutinib en gång dagligen.');
    expect(doses.map((d) => [d.drug, d.amount?.low, d.intervalDays?.low, d.drugInherited])).toEqual([['bosutinib', 500, 1, false]]);
    expect(diagnostics).toEqual([]);
    expect(read('Behandlingen inleds med 8 mg ondansetron iv.').doses.map((d) => [d.drug, d.route])).toEqual([['ondansetron', 'iv']]);
  });

  it('takes a route between the amount and the name as the dose\'s, and `före varje infusion` makes it premedication', () => {
    const { doses, diagnostics } = read('Ge 100 mg intravenöst metylprednisolon 30 minuter före varje infusion.');
    expect(doses.map((d) => [d.drug, d.amount?.low, d.route, d.drugRole])).toEqual([['methylprednisolone', 100, 'iv', 'premedication']]);
    expect(diagnostics).toEqual([]);
    // Hostile: a drug named before the amount still competes with the one after the route.
    expect(read('Cisplatin 75 mg/m2 och 100 mg iv etoposid.').diagnostics.map((d) => d.ruleId)).toEqual(['dose-ambiguous']);
  });

  it('a name with an amount of its own after it keeps that amount only', () => {
    const { doses } = read('Totalt 100 mg cisplatin 75 mg/m2 dag 1.');
    expect(doses.map((d) => [d.drug, d.amount?.low])).toEqual([[null, 100], ['cisplatin', 75]]);
  });

  it('an amount between a drug named before it and another right after it is ambiguous, not the earlier drug\'s (hostile)', () => {
    const { doses, diagnostics } = read('Cisplatin 75 mg/m2 och 100 mg/m2 etoposid.');
    expect(doses.map((d) => [d.drug, d.amount?.low])).toEqual([['cisplatin', 75], [null, 100]]);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['dose-ambiguous']);
  });

  it('a diluent after an amount is what the drug is given in, never the amount\'s drug', () => {
    expect(read('Ges som 500 mg natriumklorid.').doses.map((d) => d.drug)).toEqual([null]);
  });
});
