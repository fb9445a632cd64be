import { describe, expect, it } from 'vitest';
import { parseDoses } from '../parse-doses.js';
import { realLexicon } from '../__fixtures__/real-lexicon.js';

const read = (text: string) => parseDoses(text, realLexicon(), { checkRanges: false, checkKinds: false });
const schedule = (text: string) => read(text).doses.map((d) => [d.drug, d.amount?.low, d.route, d.intervalDays?.low ?? null]);

describe('an infusion-time phrase between a dose and its schedule', () => {
  // Real phrasing of product texts (SmPC of docetaxel and paclitaxel, section 4.2).
  it.each([
    ['Den rekommenderade dosen av docetaxel monoterapi är 100 mg/m 2 givet som en en-timmes intravenös infusion var tredje vecka.', 'docetaxel', 100, 21],
    ['Rekommenderad dos av paklitaxel är 100 mg/m 2, givet som en 3-timmars intravenös infusion varannan vecka', 'paclitaxel', 100, 14],
  ])('%s', (text, drug, amount, interval) => {
    expect(schedule(text)).toEqual([[drug, amount, 'iv', interval]]);
    expect(read(text).diagnostics).toEqual([]);
  });

  it('takes a bare `infusion` after the length as part of the phrase', () => {
    expect(schedule('Paklitaxel 175 mg/m2 som 3 timmars infusion var 3:e vecka.')).toEqual([['paclitaxel', 175, null, 21]]);
  });

  // Hostile: `som` without a length, a length far from any dose, an age that is no length.
  it('bridges nothing without a length of time after `som`', () => {
    const { doses, diagnostics } = read('Paklitaxel 175 mg/m2 ges som en del av behandlingen, uppföljning var tredje vecka.');
    expect(doses.map((d) => d.intervalDays)).toEqual([null]);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['dose-partial-reading']);
  });

  it('does not carry a schedule over a sentence end', () => {
    expect(schedule('Paklitaxel 175 mg/m2. Som en 3-timmars infusion var tredje vecka ges det ofta.')).toEqual([['paclitaxel', 175, null, null]]);
  });

  it('is no length when the word after the number is no unit of time', () => {
    expect(read('Paklitaxel 175 mg/m2 givet som 3-åring, var tredje vecka.').doses[0]?.intervalDays).toBeNull();
  });
});

describe('an infusion length after `under` or `över`', () => {
  it.each([
    ['Eribulin 1,23 mg/m2 administreras intravenöst under 2 till 5 minuter dag 1 och 8 i varje 21-dagarscykel.', 'iv', 21, [1, 8]],
    ['Irinotekan 180 mg/m2 iv under 90 minuter dag 1 var 14:e dag.', 'iv', 14, [1]],
    ['Docetaxel 75 mg/m2 iv över 1 timme var 3:e vecka.', 'iv', 21, null],
  ])('%s', (text, route, interval, days) => {
    const { doses, diagnostics } = read(text);
    expect(doses.map((d) => [d.route, d.intervalDays?.low ?? null, d.days])).toEqual([[route, interval, days]]);
    expect(diagnostics).toEqual([]);
  });

  // Hostile: `under` before a count of cycles or days is no infusion length.
  it('is no length before cycles or days', () => {
    expect(read('Paklitaxel 175 mg/m2 var 3:e vecka under 6 kurer.').doses[0]?.intervalDays?.low).toBe(21);
    expect(read('Temozolomid 75 mg/m2 dagligen under 42 dagar.').doses[0]?.intervalDays?.low).toBe(1);
  });
});

describe('a relative clause that says how the dose is given', () => {
  // Own sentence in the style of section 4.2 of a product text (eribulin): a salt restated in brackets, then the clause.
  it('reaches over `, som ska administreras` and a restated salt to the route, days and cycle', () => {
    const { doses, diagnostics } = read(
      'Rekommenderad dos av eribulin är 1,23 mg/m2 (motsvarande 1,4 mg/m2 eribulinmesylat), som ska administreras intravenöst under 2 till 5 minuter dag 1 och 8 i varje 21-dagarscykel.',
    );
    expect(doses.map((d) => [d.drug, d.amount?.low, d.route, d.days, d.intervalDays?.low])).toEqual([['eribulin', 1.23, 'iv', [1, 8], 21]]);
    expect(diagnostics).toEqual([]);
  });

  // Hostile: a drug named inside the bracket is another drug's amount, never a restatement.
  it('keeps a bracket that names another drug before its amount', () => {
    expect(read('Cisplatin 75 mg/m2 (motsvarande paklitaxel 175 mg/m2).').doses.map((d) => d.drug)).toEqual(['cisplatin', 'paclitaxel']);
  });
});

describe('`som en` before the route', () => {
  // Own sentences in the style of product texts.
  it.each([
    ['Palonosetron 250 mikrogram ges som en enstaka intravenös bolusdos före kemoterapin.', 'iv'],
    ['Pegfilgrastim 6 mg administrerad som en subkutan injektion dag 2.', 'sc'],
    ['Pegfilgrastim 6 mg ges som subkutan injektion dag 2.', 'sc'],
  ])('%s', (text, route) => {
    expect(read(text).doses.map((d) => d.route)).toEqual([route]);
  });

  it('reaches no further than one word of kind: `som en del av` is no route', () => {
    expect(read('Paklitaxel 175 mg/m2 ges som en del av behandlingen, intravenöst.').doses.map((d) => d.route)).toEqual([null]);
  });
});

// Own sentences in the style of sarcoma and gynaecological regimen sheets.
describe('the length and the infusion written as one word', () => {
  it('`som 24-timmarsinfusion` is reached over to the days and schedule (the days were reported as unread)', () => {
    expect(read('Ifosfamid 5 g/m2 som 24-timmarsinfusion dag 1.').doses.map((d) => [d.drug, d.days])).toEqual([['ifosfamide', [1]]]);
    expect(read('Ifosfamid 5 g/m2 som 24-timmarsinfusion dag 1.').diagnostics).toEqual([]);
    expect(schedule('Paklitaxel 175 mg/m2 givet som en 3-timmarsinfusion var 3:e vecka.')).toEqual([['paclitaxel', 175, null, 21]]);
  });

  it('a word that only starts like one is no infusion length (hostile)', () => {
    expect(read('Ifosfamid 5 g/m2 som 24-timmarsbehandling dag 1.').diagnostics.map((d) => d.ruleId)).toContain('dose-partial-reading');
  });
});

// Own sentences in the style of supportive-care orders (folinate rescue, as-needed opioids).
describe('a length in hours after a rhythm in hours', () => {
  it('is how long the doses go on, not an infusion: reported, not read over (it was covered silently)', () => {
    const text = 'Folinsyra 15 mg po var 6:e timme i 48 timmar, start 24 timmar efter metotrexat.';
    const { doses, diagnostics } = read(text);
    expect(doses.map((d) => [d.timesPerDay?.low, d.maxDuration, d.text])).toEqual([[4, null, 'Folinsyra 15 mg po var 6:e timme']]);
    expect(diagnostics.map((d) => [d.ruleId, text.slice(d.start, d.end)])).toEqual([['dose-partial-reading', 'i 48 timmar']]);
  });

  it('after a schedule in days it is still the length of an infusion', () => {
    expect(schedule('Fluorouracil 2400 mg/m2 iv på 46 timmar var 14:e dag.')).toEqual([['fluorouracil', 2400, 'iv', 14]]);
    expect(read('Fluorouracil 2400 mg/m2 iv på 46 timmar var 14:e dag.').diagnostics).toEqual([]);
  });
});
