import { describe, expect, it } from 'vitest';
import { parseDoses } from '../parse-doses.js';
import { realLexicon } from '../__fixtures__/real-lexicon.js';

// Own sentences in the style of product information, regimen sheets and palliative-care
// handbooks. Each was read without a finding: a dose for some patients only, or as needed,
// was published as the regular dose.
const read = (text: string) => parseDoses(text, realLexicon(), { checkRanges: false, checkKinds: false });
const reported = (text: string) => read(text).diagnostics.map((d) => [d.ruleId, text.slice(d.start, d.end)]);

describe('a condition on a dose is reported, never dropped', () => {
  it.each([
    ['Niraparib 200 mg dagligen, 300 mg vid vikt över 77 kg.', 'vid vikt över 77 kg'],
    ['Olaparib 250 mg x 2 vid kreatininclearance 31–50 ml/min.', 'vid kreatininclearance 31–50 ml/min'],
    ['Zoledronsyra 4 mg iv var 4:e vecka vid skelettmetastaser, 3 mg vid kreatininclearance 30–39 ml/min.', 'vid kreatininclearance 30–39 ml/min'],
    ['Paklitaxel 175 mg/m2 till patienter över 70 år.', 'till patienter över 70 år'],
    ['Kapecitabin 950 mg/m2 x 2 vid nedsatt njurfunktion.', 'vid nedsatt njurfunktion'],
    ['Docetaxel 60 mg/m2 vid neutropeni grad 3.', 'vid neutropeni grad 3'],
    // A reduced dose for side effects (it was published as a plain dose, without a finding).
    ['Everolimus 10 mg en gång dagligen, alternativt 5 mg vid biverkningar.', 'vid biverkningar'],
    ['Kapecitabin 1000 mg/m2 x 2, 750 mg/m2 vid toxicitet.', 'vid toxicitet'],
    // Two values joined: one condition, not a condition and a stray `x 10`.
    ['Niraparib 300 mg dagligen till patienter som väger minst 77 kg och har trombocyter ≥ 150 x 10^9/l.', 'till patienter som väger minst 77 kg och har trombocyter ≥ 150 x 10^9/l'],
  ])('%s', (text, condition) => {
    expect(reported(text)).toEqual([['dose-partial-reading', condition]]);
    expect(read(text).diagnostics[0]?.message.sv).toContain('villkor för dosen');
  });

  // Own sentences in the style of supportive-care handbooks.
  it('a dose after each event (`efter varje lös avföring`) is reported as a dose as needed (it was published as a plain dose)', () => {
    expect(reported('Loperamid 4 mg initialt, därefter 2 mg efter varje lös avföring.')).toEqual([['dose-partial-reading', 'efter varje lös avföring']]);
    expect(read('Ondansetron 8 mg efter varje kräkning.').diagnostics[0]?.message.sv).toContain('vid behov');
    // A meal is a time of day, no event: nothing is reported.
    expect(reported('Kapecitabin 1000 mg/m2 x 2 efter varje måltid.')).toEqual([]);
  });

  it('a dose as needed (`vid illamående`, `vid smärta`) is reported as such', () => {
    expect(reported('Metoklopramid 10 mg x 3 po vid illamående.')).toEqual([['dose-partial-reading', 'vid illamående']]);
    expect(read('Oxikodon 5 mg po vid smärta.').diagnostics[0]?.message.sv).toContain('vid behov');
  });

  it('two or more times before or after a treatment give the dose more than once', () => {
    expect(reported('Dexametason 20 mg po 12 och 6 timmar före paklitaxel.')).toEqual([['dose-partial-reading', '12 och 6 timmar före']]);
    expect(reported('Ondansetron 8 mg po 1 timme före och 8 timmar efter kemoterapin.')).toEqual([['dose-partial-reading', '1 timme före och 8 timmar efter']]);
  });
});

describe('what is no condition on the dose is not reported', () => {
  it.each([
    // One time before a treatment is when the single dose is given.
    'Betametason 8 mg iv 1 timme före infusionen.',
    'Dexametason 8 mg iv 30 minuter före paklitaxel.',
    'Ondansetron 8 mg en timme före behandlingen.',
    // An indication sets the statement's context (the chapter writes `… till totalt 16 cykler vid primärt avancerad …`).
    'Bevacizumab 15 mg/kg var tredje vecka vid recidiverande sjukdom.',
    'Letrozol 2,5 mg dagligen vid hormonreceptorpositiv sjukdom.',
    'Sunitinib 50 mg dagligen vid metastaserad njurcancer.',
    // The condition is on not giving the drug, after the dose's own clause.
    'Pemetrexed 500 mg/m2 iv var 21:a dag, ges inte vid kreatininclearance under 45 ml/min.',
    // A count of patients, not a condition.
    'Paklitaxel 175 mg/m2 gavs till 40 patienter över 70 år.',
    // `vid` far from the dose.
    'Karboplatin AUC 5 ges var tredje vecka och utvärderas med DT vid 3 månader.',
  ])('%s', (text) => {
    expect(reported(text)).toEqual([]);
  });
});

describe('a condition that opens the clause is each of its doses’ (it was dropped without a finding)', () => {
  it.each([
    ['Vid nedsatt njurfunktion ges cisplatin 50 mg/m2.', 'Vid nedsatt njurfunktion'],
    ['Till patienter över 75 år ges kapecitabin 1000 mg/m2 x 2.', 'Till patienter över 75 år'],
    ['Vid leverpåverkan ges docetaxel 60 mg/m2.', 'Vid leverpåverkan'],
    ['Vid illamående ges metoklopramid 10 mg.', 'Vid illamående'],
  ])('%s', (text, words) => {
    expect(reported(text)).toEqual([['dose-partial-reading', words]]);
  });

  it('gives one finding per dose of the clause, and none to a dose in the next clause', () => {
    expect(reported('Vid nedsatt njurfunktion ges cisplatin 50 mg/m2 och etoposid 80 mg/m2.').map(([, words]) => words)).toEqual([
      'Vid nedsatt njurfunktion',
      'Vid nedsatt njurfunktion',
    ]);
    expect(reported('Vid nedsatt njurfunktion ges cisplatin 50 mg/m2; annars 75 mg/m2.').filter(([rule]) => rule === 'dose-partial-reading').length).toBe(1);
  });

  it('an indication or a stage that opens the sentence is its context, no condition', () => {
    expect(reported('Vid recidiv ges karboplatin AUC 5 var 3:e vecka.')).toEqual([]);
    expect(reported('Vid hjärnmetastaser ges 20 Gy på 5 fraktioner.')).toEqual([]);
  });
});
