import { describe, expect, it } from 'vitest';
import { parseDoses } from '../parse-doses.js';
import { realLexicon } from '../__fixtures__/real-lexicon.js';

// Own sentences in the style of regimen sheets. A corticosteroid is part of the treatment in some
// regimens (myeloma, lymphoma) and premedication in others; beside an anticancer drug, the
// sentence alone does not say which.
const read = (text: string) => parseDoses(text, realLexicon(), { checkRanges: false, checkKinds: false });
const roles = (text: string) => read(text).doses.map((d) => [d.drug, d.drugRole]);
const findings = (text: string) => read(text).diagnostics.map((d) => [d.ruleId, text.slice(d.start, d.end)]);

describe('the role of a corticosteroid beside an anticancer drug is reported, not guessed', () => {
  it.each([
    ['Bortezomib 1,3 mg/m2 sc dag 1, 4, 8 och 11 + dexametason 20 mg po dag 1, 2, 4, 5, 8, 9, 11 och 12.', 'bortezomib', 'dexamethasone', 'dexametason 20 mg'],
    ['Lenalidomid 25 mg dag 1–21 och dexametason 40 mg dag 1, 8, 15 och 22.', 'lenalidomide', 'dexamethasone', 'dexametason 40 mg'],
    ['Paklitaxel 175 mg/m2 + dexametason 20 mg iv.', 'paclitaxel', 'dexamethasone', 'dexametason 20 mg'],
    ['Abirateron 1000 mg x 1 och prednisolon 5 mg x 2.', 'abiraterone', 'prednisolone', 'prednisolon 5 mg'],
  ])('%s', (text, anticancer, steroid, dose) => {
    // It was `supportive`.
    expect(roles(text)).toEqual([
      [anticancer, 'therapy'],
      [steroid, null],
    ]);
    expect(findings(text)).toEqual([['dose-ambiguous', dose]]);
  });

  it('a sentence that says when it is given decides: premedication', () => {
    expect(roles('Betapred 8 mg iv 30 min före paklitaxel.')).toEqual([['betamethasone', 'premedication']]);
    expect(roles('Paklitaxel 175 mg/m2 iv dag 1 med premedicering dexametason 20 mg iv.')).toEqual([
      ['paclitaxel', 'therapy'],
      ['dexamethasone', 'premedication'],
    ]);
    // The verb (`premedicineras`) and `före administrering` say it as well.
    expect(roles('Patienten ska premedicineras med metylprednisolon 1000 mg omedelbart före infusionen.')).toEqual([['methylprednisolone', 'premedication']]);
    expect(roles('Metylprednisolon 100 mg iv före administrering av rituximab.')).toEqual([
      ['methylprednisolone', 'premedication'],
    ]);
  });

  it('alone in its sentence it stays supportive, and other supportive drugs beside an anticancer drug keep their role', () => {
    expect(roles('Dexametason 8 mg x 2 po dag 2–3.')).toEqual([['dexamethasone', 'supportive']]);
    expect(roles('Prednisolon 10 mg dagligen.')).toEqual([['prednisolone', 'supportive']]);
    expect(roles('Paklitaxel 80 mg/m2 iv dag 1 och ondansetron 8 mg iv.')).toEqual([
      ['paclitaxel', 'therapy'],
      ['ondansetron', 'supportive'],
    ]);
    expect(findings('Paklitaxel 80 mg/m2 iv dag 1 och ondansetron 8 mg iv.')).toEqual([]);
  });
});

// Own sentences in the style of regimen tables and product information. A folinate modulates
// fluorouracil (part of the treatment) and rescues after methotrexate (supportive).
describe('the role of a folinate that names neither fluorouracil nor methotrexate is reported, not guessed', () => {
  it.each([
    ['Kalciumfolinat 200 mg/m2 iv dag 1.', 'calcium-folinate', 'Kalciumfolinat 200 mg/m2'],
    ['Kalciumfolinat (vattenfritt) | Intravenös injektion | 60 mg/m² | kroppsyta', 'calcium-folinate', 'Kalciumfolinat (vattenfritt) | Intravenös injektion | 60 mg/m²'],
    ['Kalciumlevofolinat 100 mg/m2 iv under 2 timmar.', 'calcium-levofolinate', 'Kalciumlevofolinat 100 mg/m2'],
  ])('%s', (text, drug, dose) => {
    // It was `supportive`.
    expect(roles(text)).toEqual([[drug, null]]);
    expect(findings(text)).toEqual([['dose-ambiguous', dose]]);
  });

  it('beside fluorouracil it is therapy, after methotrexate supportive, and either way nothing is reported', () => {
    expect(roles('Kalciumfolinat 200 mg/m2 iv följt av fluorouracil 400 mg/m2 iv bolus.')).toEqual([
      ['calcium-folinate', 'therapy'],
      ['fluorouracil', 'therapy'],
    ]);
    expect(roles('Vid högdos metotrexat ges kalciumfolinat 15 mg iv var 6:e timme.')).toEqual([['calcium-folinate', 'supportive']]);
    expect(findings('Vid högdos metotrexat ges kalciumfolinat 15 mg iv var 6:e timme.')).toEqual([]);
  });

  it('other supportive drugs alone keep their role, without a finding', () => {
    expect(roles('Ondansetron 8 mg iv dag 1.')).toEqual([['ondansetron', 'supportive']]);
    expect(findings('Ondansetron 8 mg iv dag 1.')).toEqual([]);
  });
});
