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

// Own sentences in the style of trial reports and product information.
describe('`av` or `of` between an amount and its drug', () => {
  it('`av` or `of` may stand between an amount and the drug named after it (it was left without a drug)', () => {
    for (const [text, drug] of [
      ['Patienterna fick 100 mg/m2 av etoposid dag 1-3.', 'etoposide'],
      ['Patients received 100 mg/m2 of etoposide on days 1-3.', 'etoposide'],
      ['En dos av 6 mg av Neulasta ges dag 2.', 'pegfilgrastim'],
    ] as const) {
      const { doses, diagnostics } = read(text);
      expect(doses.map((dose) => dose.drug)).toEqual([drug]);
      expect(diagnostics).toEqual([]);
    }
    expect(read('Patienterna fick 100 mg/m2 av etoposid dag 1-3.').doses[0]?.days).toEqual([1, 2, 3]);
    // Hostile: with a drug named before the amount, the name after `av` competes; nothing is given.
    const { doses, diagnostics } = read('Cisplatin 75 mg/m2 och 100 mg/m2 av etoposid dag 1-3.');
    expect(doses.map((dose) => dose.drug)).toEqual(['cisplatin', null]);
    expect(diagnostics.map((d) => d.ruleId)).toContain('dose-ambiguous');
    // A share of a dose is no amount: nothing is given to the drug after it.
    expect(read('Dosen sänks till 75 % av dosen cisplatin.').doses).toEqual([]);
  });

});

// Own sentences in the style of product information, section 4.2: the dose, then in brackets the
// tablets or capsules it is made of, then its schedule.
describe('the units a dose is made of, in brackets after it', () => {
  it('are no doses, and the schedule after the brackets is the dose\'s (the last unit was a dose of its own and took the schedule)', () => {
    const { doses, diagnostics } = read('Den rekommenderade dosen är 400 mg olaparib (två 150 mg tabletter och en 100 mg tablett) två gånger dagligen.');
    expect(doses.map((d) => [d.drug, d.amount?.low, d.timesPerDay?.low, d.intervalDays?.low])).toEqual([['olaparib', 400, 2, 1]]);
    expect(diagnostics).toEqual([]);
  });

  it('a schedule after them is read, not lost (`som en daglig engångsdos` was dropped without a finding)', () => {
    for (const text of ['Rekommenderad startdos är 160 mg enzalutamid (fyra 40 mg kapslar) som en daglig engångsdos.', 'Enzalutamid 160 mg (fyra 40 mg kapslar) en gång dagligen.']) {
      const { doses, diagnostics } = read(text);
      expect(doses.map((d) => [d.drug, d.amount?.low, d.intervalDays?.low])).toEqual([['enzalutamide', 160, 1]]);
      expect(diagnostics).toEqual([]);
    }
    expect(read('Metotrexat 15 mg som en veckodos.').doses[0]?.intervalDays).toEqual({ low: 7, high: 7 });
  });

  it('a tablet named in brackets after a drug alone is the dose (hostile)', () => {
    expect(read('Tamoxifen (en 20 mg tablett dagligen).').doses.map((d) => [d.drug, d.amount?.low, d.intervalDays?.low])).toEqual([['tamoxifen', 20, 1]]);
    expect(read('Ge en 20 mg tablett tamoxifen en gång dagligen.').doses.map((d) => d.amount?.low)).toEqual([20]);
  });
});
