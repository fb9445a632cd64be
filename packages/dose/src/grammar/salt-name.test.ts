import { describe, expect, it } from 'vitest';
import { parseDoses } from '../parse-doses.js';
import { realLexicon } from '../__fixtures__/real-lexicon.js';

// Own sentences in the style of product information (section 2 and 4.2 of an SmPC), where a
// substance is often named as the salt it is given as, written as one word.
const read = (text: string) => parseDoses(text, realLexicon(), { checkRanges: false, checkKinds: false });
const drugs = (text: string) => read(text).doses.map((d) => [d.drug, d.drugText]);

describe('a salt written as one word names its drug', () => {
  it.each([
    ['Abirateronacetat 1000 mg som en daglig engångsdos.', 'abiraterone', 'Abirateronacetat'],
    ['Imatinibmesilat 400 mg dagligen.', 'imatinib', 'Imatinibmesilat'],
    ['Doxorubicinhydroklorid 60 mg/m2 iv dag 1.', 'doxorubicin', 'Doxorubicinhydroklorid'],
    ['Dexametasonnatriumfosfat 8 mg iv.', 'dexamethasone', 'Dexametasonnatriumfosfat'],
    ['Metotrexatnatrium 15 mg en gång i veckan.', 'methotrexate', 'Metotrexatnatrium'],
    ['Goserelinacetat 3,6 mg sc var 28:e dag.', 'goserelin', 'Goserelinacetat'],
  ])('%s (it was a dose without a drug)', (text, drug, name) => {
    expect(drugs(text)).toEqual([[drug, name]]);
    expect(read(text).diagnostics).toEqual([]);
  });

  it('a salt the lexicon knows by its own name stays that entry', () => {
    expect(drugs('Medroxiprogesteronacetat 200 mg dagligen.')).toEqual([['medroxyprogesterone-acetate', 'Medroxiprogesteronacetat']]);
  });

  it('a salt of no lexicon drug, or a word that only ends like a salt, names nothing (hostile)', () => {
    expect(read('Natriumklorid 9 mg/ml 1000 ml.').doses).toEqual([]);
    expect(drugs('Zyxolinacetat 20 mg dagligen.')).toEqual([[null, null]]);
  });

  it('restated as its salt in brackets, the dose goes on after the bracket', () => {
    const { doses, diagnostics } = read(
      'Rekommenderad dos av eribulin är 1,23 mg/m2 (motsvarande 1,4 mg/m2 eribulinmesylat), som ska administreras intravenöst dag 1 och 8 i varje 21-dagarscykel.',
    );
    expect(doses.map((d) => [d.drug, d.amount?.low, d.route, d.days, d.intervalDays?.low])).toEqual([['eribulin', 1.23, 'iv', [1, 8], 21]]);
    expect(diagnostics).toEqual([]);
    // Restated with the drug's own name, too (that was reported, the route and days lost).
    expect(read('Betametason 4 mg (motsvarande 5,3 mg betametason) iv dag 1.').doses.map((d) => [d.route, d.days])).toEqual([['iv', [1]]]);
    // Another drug in the bracket is no restatement.
    expect(read('Cisplatin 75 mg/m2 (motsvarande 175 mg/m2 paklitaxel) dag 1.').doses[0]?.days).toBeNull();
  });
});
