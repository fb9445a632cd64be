import { describe, expect, it } from 'vitest';
import { parseDoses } from '../parse-doses.js';
import { realLexicon } from '../__fixtures__/real-lexicon.js';

const read = (text: string, heading?: string) =>
  parseDoses(text, realLexicon(), { checkRanges: false, checkKinds: false, ...(heading === undefined ? {} : { heading }) });
const amounts = (text: string, heading?: string) => read(text, heading).doses.map((d) => [d.drug, d.amount?.low]);
const rules = (text: string, heading?: string) => read(text, heading).diagnostics.map((d) => d.ruleId);

describe('an equivalence or conversion table is not a list of doses', () => {
  // Real phrasing (praktiskmedicin.se, Kortikosteroidterapi): a steroid equivalence list.
  it('reads no dose from drugs set side by side under `jämförbara doser`', () => {
    const text = 'Terapeutiskt jämförbara doser för några medel: Betametason: 0,60 mg Dexametason: 0,75 mg Hydrokortison: 20 mg Prednisolon: 5 mg';
    expect(amounts(text)).toEqual([]);
    expect(rules(text)).toEqual([]);
  });

  it('takes the equivalence word from the heading of the table too', () => {
    expect(amounts('Betametason 0,6 mg, dexametason 0,75 mg, prednisolon 5 mg', 'Ekvipotenta doser av kortikosteroider')).toEqual([]);
  });

  it('reads the same list as doses without an equivalence word (a premedication list)', () => {
    expect(amounts('Premedicinering: Betametason: 8 mg Ondansetron: 8 mg')).toEqual([
      ['betamethasone', 8],
      ['ondansetron', 8],
    ]);
  });

  // Hostile: an equivalence word beside a scheduled combination, and beside one drug.
  it('keeps doses that have a schedule, whatever words stand beside them', () => {
    expect(amounts('Omräkning till kroppsyta: cisplatin 75 mg/m2 och etoposid 100 mg/m2 dag 1 var 3:e vecka.')).toEqual([
      ['cisplatin', 75],
      ['etoposide', 100],
    ]);
  });

  it('keeps a dose of one drug when an equivalence word is in its sentence', () => {
    expect(amounts('Dexametason 8 mg ges, vilket ger en jämförbar effekt.')).toEqual([['dexamethasone', 8]]);
  });
});

describe('amounts side by side with no word between them are the columns of a table row', () => {
  // Real phrasing (praktiskmedicin.se, Opioidbehandling i palliativ vård): a flattened table.
  it('reads no dose from a row of drug, parenteral and oral amount, and reports the row', () => {
    const text = 'Opioid Parenteral dos Oral dos Morfin 10 mg 30 mg Oxikodon 10 mg 20 mg';
    expect(amounts(text)).toEqual([]);
    // Morphine and oxycodone are in the substance index (ATC N02A), so only the row is reported.
    expect(rules(text)).toEqual(['dose-ambiguous']);
  });

  it('reads no dose from a row of bare amounts', () => {
    const text = '120 mg 80 mg 16 mg 40-60 mg 40 mg 8 mg';
    expect(amounts(text)).toEqual([]);
    expect(rules(text)).toEqual(['dose-ambiguous']);
  });

  // Hostile: amounts joined by words are a dose list, and a scheduled row is not a conversion.
  it('keeps amounts joined by a word or a comma', () => {
    expect(amounts('Dexametason 8 mg eller 4 mg.')).toEqual([
      ['dexamethasone', 8],
      ['dexamethasone', 4],
    ]);
    expect(amounts('Cisplatin 75 mg/m2, etoposid 100 mg/m2.')).toEqual([
      ['cisplatin', 75],
      ['etoposide', 100],
    ]);
  });

  it('keeps a row whose amounts carry a schedule', () => {
    expect(amounts('Paklitaxel 80 mg/m2 90 mg/m2 var 7:e dag.').length).toBe(2);
  });
});
