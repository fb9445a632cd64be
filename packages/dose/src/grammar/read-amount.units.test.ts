import { describe, expect, it } from 'vitest';
import { parseDoses } from '../parse-doses.js';
import { realLexicon } from '../__fixtures__/real-lexicon.js';

const read = (text: string) => parseDoses(text, realLexicon(), { checkRanges: false, checkKinds: false });

describe('spellings of milligrams per square metre', () => {
  it.each([
    'Docetaxel 75 mg/m^2 iv dag 1.',
    'Docetaxel 75 mg/m 2 iv dag 1.',
    'Docetaxel 75 mg per m2 iv dag 1.',
    'Docetaxel 75 mg/kvm iv dag 1.',
    'Docetaxel 75 mg per kvadratmeter iv dag 1.',
    'Docetaxel 75 mg/kroppsyta iv dag 1.',
    'Docetaxel 75 mg/m² iv dag 1.',
    'Docetaxel 75 mg/m2 iv dag 1.',
  ])('%s', (text) => {
    const [dose] = read(text).doses;
    expect([dose?.drug, dose?.amount, dose?.unit, dose?.route]).toEqual(['docetaxel', { low: 75, high: 75 }, 'mg/m2', 'iv']);
  });

  it('reads a range with its unit at both ends as one amount (`75 mg/m2 – 100 mg/m2`); a smaller second amount stays a second dose', () => {
    expect(read('Cisplatin 75 mg/m2 – 100 mg/m2 dag 1.').doses.map((d) => [d.amount, d.days])).toEqual([[{ low: 75, high: 100 }, [1]]]);
    expect(read('Dexametason 8 mg - 4 mg.').doses.map((d) => d.amount?.low)).toEqual([8, 4]);
  });

  it('reads `ug` as micrograms (text that lost its µ)', () => {
    expect(read('Filgrastim 5 ug/kg sc dagligen.').doses.map((d) => [d.amount?.low, d.unit])).toEqual([[0.005, 'mg/kg']]);
  });

  it('reads mg per kg as a weight-based dose', () => {
    expect(read('Trastuzumab 8 mg per kg som laddningsdos.').doses[0]?.unit).toBe('mg/kg');
  });
});

describe('a concentration is never a dose', () => {
  it.each([
    ['Späds i 250 ml natriumklorid 9 mg/ml.', 0],
    ['Glukos 50 mg/ml kan användas som spädning.', 0],
    ['Epirubicin 50 mg/m2 ges i natriumklorid 9 mg/ml, koncentration 0,1-2 mg/ml.', 1],
    ['Lösningen innehåller 6 mg per ml paklitaxel.', 0],
  ])('%s', (text, count) => {
    const { doses } = read(text);
    expect(doses.length).toBe(count);
    expect(doses.every((d) => d.unit !== 'mg' || d.amount?.low !== 9)).toBe(true);
  });

  it.each(['Docetaxel 80 mg/4 ml koncentrat till infusionsvätska.', 'Docetaxel 20 mg/1 ml, injektionsflaska.', 'Zoledronsyra 4 mg per 100 ml infusionsvätska.'])(
    'a mass per counted volume is a strength, read as no dose and reported as nothing left unread: %s',
    (text) => {
      expect(read(text)).toEqual({ doses: [], diagnostics: [] });
    },
  );

  it('a strength with a schedule beside it is reported, not published', () => {
    const { doses, diagnostics } = read('Zoledronsyra 4 mg/100 ml ges var 4:e vecka.');
    expect(doses).toEqual([]);
    expect(diagnostics.map((d) => d.ruleId)).toContain('dose-partial-reading');
  });
});

describe('a step by which a dose changes is no dose', () => {
  it.each([
    'Vid biverkningar görs dosreduktion med 2,5 mg.',
    'De flesta tål dosreduceringar på 2,5 mg.',
    'Dosen kan ökas med 50 mg efter två veckor.',
    'Prednisolon trappas ned med 5 mg i taget.',
    'The dose may be reduced by 25 mg.',
    'Dygnsdosen minskas sedan med 1,25 mg varje månad.',
    'Dosen ökas därefter gradvis med 50 mg per vecka.',
  ])('%s', (text) => {
    expect(read(text).doses).toEqual([]);
  });

  it('a reduction to a new dose states that dose', () => {
    const { doses } = read('Vid neutropeni görs dosreduktion till 60 mg/m2 docetaxel.');
    expect(doses.map((d) => [d.drug, d.amount?.low, d.unit])).toEqual([['docetaxel', 60, 'mg/m2']]);
  });
});

describe('the Calvert formula with its target AUC', () => {
  it.each(['Karboplatin 5 x(GFR + 25) mg iv dag 1.', 'Karboplatin 5 × (GFR + 25) mg iv dag 1.'])('%s', (text) => {
    const [dose] = read(text).doses;
    expect([dose?.drug, dose?.amount, dose?.unit]).toEqual(['carboplatin', { low: 5, high: 5 }, 'mg/mL.min']);
  });

  it('reads `AUC 5 x (GFR + 25) mg` as the target, with nothing left over', () => {
    const { doses, diagnostics } = read('Dosering av karboplatin: AUC 5 x (GFR + 25) mg, dag 1 var 21:a dag.');
    expect(doses.map((d) => [d.drug, d.amount?.low, d.unit, d.days])).toEqual([['carboplatin', 5, 'mg/mL.min', [1]]]);
    expect(diagnostics).toEqual([]);
  });

  it('does not read the formula without a target as a dose', () => {
    expect(read('Karboplatin – Calverts formel: AUC x (GFR+25), använd okorrigerat värde.').doses).toEqual([]);
  });
});

describe('a diluent named between a drug and its amount', () => {
  it('leaves the amount to the drug', () => {
    const { doses, diagnostics } = read('Docetaxel Intravenös infusion 250 ml Natriumklorid 9 mg/ml infusion 75 mg/m² kroppsyta 60 min.');
    expect(doses.map((d) => [d.drug, d.amount?.low, d.unit])).toEqual([['docetaxel', 75, 'mg/m2']]);
    expect(diagnostics).toEqual([]);
  });
});

describe('times per day are never cycles', () => {
  it.each(['Ondansetron 8 mg x 2 i upp till 5 dagar.', 'Kapecitabin 1000 mg/m² p.o. x2, ny kur dag 22.', 'Kapecitabin 825 mg/m² peroralt x 2 dagligen.'])('%s', (text) => {
    const [dose] = read(text).doses;
    expect([dose?.amount?.low !== undefined, dose?.cycles]).toEqual([true, null]);
  });

  it('still reads a count of six after an amount as cycles', () => {
    expect(read('Paklitaxel 175 mg/m2 x 6.').doses[0]?.cycles).toEqual({ low: 6, high: 6 });
  });
});

describe('a point before three digits: 1,5 or 1 500', () => {
  // Hostile: read either way it would be a thousandfold wrong; it is reported, not guessed.
  it.each(['Metotrexat 1.500 mg/m2 iv dag 1.', 'Metotrexat 12.000 mg iv.'])('%s is no dose, and is reported', (text) => {
    const { doses, diagnostics } = read(text);
    expect(doses).toEqual([]);
    expect(diagnostics[0]?.ruleId).toBe('dose-partial-reading');
    expect(text.slice(diagnostics[0]?.start, diagnostics[0]?.end)).toMatch(/^\d+\.\d{3}$/);
  });

  it.each([
    ['Digoxin 0.125 mg.', 0.125],
    ['Metotrexat 2.5 mg.', 2.5],
    ['Metotrexat 1 500 mg/m2.', 1500],
    ['Filgrastim 5 mikrog/kg.', 0.005],
  ])('%s is read', (text, amount) => {
    expect(read(text).doses.map((d) => d.amount?.low)).toEqual([amount]);
  });
});

describe('a needle’s gauge (`23-25G`) is no amount in grams', () => {
  it('is no dose, and grams written `g` still are', () => {
    expect(read('Anslut en 23-25G injektionsnål.').doses).toEqual([]);
    expect(read('Cytarabin 1 G/m2.').doses).toEqual([]);
    expect(read('Ifosfamid 3 g/m2 dag 1–3.').doses.map((d) => [d.amount?.low, d.unit])).toEqual([[3000, 'mg/m2']]);
  });
});
