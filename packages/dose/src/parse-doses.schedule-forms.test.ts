import { describe, expect, it } from 'vitest';
import type { ParsedDose } from './dose-types.js';
import { parseDoses } from './parse-doses.js';
import { realLexicon } from './__fixtures__/real-lexicon.js';

// Own sentences, written for these tests in the style of regional regimen sheets.
const read = (text: string) => parseDoses(text, realLexicon(), { checkRanges: false, checkKinds: false });
const r = (low: number, high = low) => ({ low, high });

function only(text: string): ParsedDose {
  const { doses } = read(text);
  expect(doses).toHaveLength(1);
  return doses[0] as ParsedDose;
}

describe('schedule forms of regimen sheets', () => {
  it('an abbreviation before a number (`ca.`, `resp.`, `max.`) ends no sentence', () => {
    expect(only('Cisplatin ca. 75 mg/m2 dag 1.').drug).toBe('cisplatin');
    expect(read('Paklitaxel 80 mg/m2 resp. 175 mg/m2 var 3:e vecka.').doses.map((dose) => dose.drug)).toEqual(['paclitaxel', 'paclitaxel']);
    expect(only('Vinkristin 1,4 mg/m2, max. 2 mg, iv dag 1.')).toMatchObject({ maxSingleDose: { amount: r(2) }, route: 'iv' });
  });

  it.each([
    ['Tamoxifen 20 mg dagligen i 5 år.', { value: 5, unit: 'a' }],
    ['Letrozol 2,5 mg x 1 i fem år.', { value: 5, unit: 'a' }],
    ['Ondansetron 8 mg x 2 i 3 dagar.', { value: 3, unit: 'd' }],
    ['Docetaxel 37,5 mg iv en gång per vecka i 6 veckor.', { value: 6, unit: 'wk' }],
  ])('a duration right after the schedule is the length of the treatment: %s', (text, duration) => {
    expect(only(text).maxDuration).toMatchObject(duration);
    expect(read(text).diagnostics).toEqual([]);
  });

  // Own sentence: the route, which the graph has no value for, was dropped in silence.
  it('a route the graph cannot hold (`intravesikalt`) is reported, and the rest still read', () => {
    const text = 'Docetaxel 37,5 mg intravesikalt en gång per vecka i 6 veckor.';
    expect(only(text)).toMatchObject({ route: null, intervalDays: r(7), maxDuration: { value: 6, unit: 'wk' } });
    expect(read(text).diagnostics.map((d) => [d.ruleId, text.slice(d.start, d.end)])).toEqual([['dose-partial-reading', 'intravesikalt']]);
  });

  it('`från dag 1 till dag 14` is days 1–14; `från dag 2` alone is when a drug starts: not read, reported', () => {
    expect(only('Kapecitabin 1000 mg/m2 x 2 från dag 1 till dag 14.').days).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    const { doses, diagnostics } = read('Filgrastim 5 mikrogram/kg sc dagligen från dag 2 till neutrofilnivån återhämtat sig.');
    expect(doses.map((dose) => dose.days)).toEqual([null]);
    expect(diagnostics.map((d) => d.ruleId)).toContain('dose-partial-reading');
  });

  it('a cycle length in weeks (`i 3-veckorscykler`) is the cycle and its interval', () => {
    const dose = only('Kapecitabin 1250 mg/m2 morgon och kväll dag 1-14 i 3-veckorscykler, totalt 8 cykler.');
    expect([dose.cycleLengthDays, dose.intervalDays, dose.cycles]).toEqual([21, r(21), r(8)]);
  });

  it('a taper step (`nedtrappning med 10 mg`) is no dose', () => {
    expect(read('Prednisolon 50 mg dagligen, därefter nedtrappning med 10 mg var tredje dag.').doses.map((dose) => dose.amount)).toEqual([r(50)]);
  });

  it('a duration with no schedule before it is no length of treatment, and days on and off stay a pause', () => {
    expect(only('Cisplatin 75 mg/m2 i 3 veckor.').maxDuration).toBeNull();
    const pause = only('Regorafenib 160 mg dagligen i 3 veckor följt av 1 veckas uppehåll.');
    expect([pause.pause, pause.maxDuration]).toEqual([{ periodDays: 28, offDays: 7 }, null]);
  });

  it.each(['Zoledronsyra 5 mg iv 1 gång/år.', 'Zoledronsyra 5 mg iv en gång per år.', 'Zoledronsyra 5 mg iv årligen.', 'Zoledronic acid 5 mg iv once a year.'])(
    'a yearly dose is every 365 days: %s',
    (text) => {
      expect(only(text).intervalDays).toEqual(r(365));
    },
  );

  it('`1 x 1-2` is one to two times a day; `2 x 2-3 cykler` is a count of cycles, not a prescription', () => {
    expect(only('Ondansetron 4 mg 1 x 1-2.').timesPerDay).toEqual(r(1, 2));
    const { doses, diagnostics } = read('Paklitaxel 175 mg/m2 var 3:e vecka, 2 x 2-3 cykler.');
    expect(doses.map((d) => d.timesPerDay)).toEqual([null]);
    expect(diagnostics.map((d) => d.ruleId)).toContain('dose-partial-reading');
  });

  it('`x 2 /dag` is twice a day, daily', () => {
    const dose = only('Kapecitabin 1000 mg/m2 x 2 /dag.');
    expect([dose.timesPerDay, dose.intervalDays]).toEqual([r(2), r(1)]);
  });

  it('`2 doser/dygn` is twice a day', () => {
    expect(only('Kapecitabin 825 mg/m2 po 2 doser/dygn.').timesPerDay).toEqual(r(2));
  });

  it('`cykelintervall 21 dagar` sets the cycle and its interval; with days of the cycle it replaces the daily interval', () => {
    const dose = only('Kapecitabin 1000 mg/m2 x 2 /dag dag 1-14, cykelintervall 21 dagar, 6 kurer ges totalt.');
    expect([dose.days?.length, dose.cycleLengthDays, dose.intervalDays, dose.timesPerDay, dose.cycles]).toEqual([14, 21, r(21), r(2), r(6)]);
    expect(read('Kapecitabin 1000 mg/m2 x 2 /dag dag 1-14, cykelintervall 21 dagar, 6 kurer ges totalt.').diagnostics).toEqual([]);
  });

  it('`cykellängd 7 d` and `kurintervall 3 veckor`', () => {
    expect(only('Kapecitabin 825 mg/m2 dag 1–5, cykellängd 7 d.').cycleLengthDays).toBe(7);
    expect(only('Docetaxel 75 mg/m2 dag 1, kurintervall 3 veckor.').intervalDays).toEqual(r(21));
  });

  it('a `fast dos` cell is the basis column, so the schedule cell after it is the dose\'s; in prose it is no cell', () => {
    const row = read('Olaparib | Peroral tablett | 300 mg | fast dos | 2 gånger dagligen');
    expect(row.doses.map((d) => [d.amount, d.route, d.timesPerDay])).toEqual([[r(300), 'po', r(2)]]);
    expect(row.diagnostics).toEqual([]);
    expect(only('Prednison | Peroral tablett | 100 mg | fast dos | Dag 1-5').days).toEqual([1, 2, 3, 4, 5]);
    expect(only('Pembrolizumab ges i fast dos 200 mg var 3:e vecka.').amount).toEqual(r(200));
  });

  it('days at the start of a regimen table\'s row (`Dag 1 | Paklitaxel | … | 175 mg/m²`) or right before a drug\'s name are its doses\' days', () => {
    expect(only('Dag 1, 8, 15 | Gemcitabin | Intravenös infusion | 1000 mg/m² | kroppsyta | 30 min').days).toEqual([1, 8, 15]);
    // A Markdown row opens with its cell mark; a number in a cell before the days stays reported.
    expect(only('| Dag 1 | Oxaliplatin | 85 mg/m2 | iv | 2 tim |').days).toEqual([1]);
    expect(read('| 5 | Dag 1 | Oxaliplatin | 85 mg/m2 |').doses.map((d) => d.days)).toEqual([null]);
    const { doses, diagnostics } = read('Dag 1 Karboplatin Intravenös infusion AUC 5 60 min');
    expect(doses.map((d) => d.days)).toEqual([[1]]);
    expect(diagnostics).toEqual([]);
  });

  it('`Dag 1:` heading a sentence gives its days to each dose of the sentence', () => {
    const { doses } = read('Dag 1: paklitaxel 175 mg/m2 iv och karboplatin AUC 5 iv.');
    expect(doses.map((d) => [d.drug, d.days])).toEqual([['paclitaxel', [1]], ['carboplatin', [1]]]);
  });

  it('`Dygnsdos` before an amount is a daily total', () => {
    expect(only('Ondansetron: dygnsdos 8–16 mg.').intervalDays).toEqual(r(1));
    expect(only('Dexametason, en vanlig dygnsdos är 4–8 mg.').intervalDays).toEqual(r(1));
  });

  // Own sentences in the style of methotrexate product information.
  it('`Veckodos` before an amount is a weekly dose (the week was lost without a finding)', () => {
    expect(only('Metotrexat: Veckodos 15–25 mg.')).toMatchObject({ drug: 'methotrexate', amount: r(15, 25), intervalDays: r(7) });
    expect(only('Den vanliga veckodosen är 10 mg metotrexat.').intervalDays).toEqual(r(7));
    expect(read('Metotrexat: Veckodos 15–25 mg.').diagnostics).toEqual([]);
  });

  it('a weekly total said again after the dose is no second dose; one that does not match is reported (both were a second dose)', () => {
    expect(read('Metotrexat 15 mg x 1 per vecka, veckodos 15 mg.').doses.map((d) => d.amount)).toEqual([r(15)]);
    expect(read('Metotrexat 2,5 mg x 2 dagligen, veckodos 35 mg.').doses.map((d) => d.amount)).toEqual([r(2.5)]);
    const { doses, diagnostics } = read('Metotrexat 15 mg en gång i veckan, veckodos 20 mg.');
    expect(doses.map((d) => d.amount)).toEqual([r(15), r(20)]);
    expect(diagnostics.map((d) => [d.ruleId, d.message.sv])).toEqual([['dose-ambiguous', 'Veckodosen `20 mg` stämmer inte med dosen före, som ger `15 mg` per vecka; den läses som en egen dos']]);
  });

  it('`tabl` before a drug is the oral route, as handbooks abbreviate it', () => {
    expect(only('Lämplig startdos är tabl oxikodon 5–10 mg x 2.').route).toBe('po');
    expect(only('Ge tabl. dexametason 8 mg.').route).toBe('po');
    // `T.` before a capitalised name, as prescriptions write it; `1×1` with a multiplication sign.
    expect(only('Ge T. Dexametason 8 mg, 1×1.')).toMatchObject({ route: 'po', intervalDays: r(1) });
    expect(only('Ge T Dexametason 8 mg.').route).toBe('po');
  });

  // Hostile: a lone capital T is a tumour stage or a cell, not a tablet.
  it('reads no route from `T-celler` or `T 2`', () => {
    expect(read('T-celler påverkas av cisplatin 40 mg/m2.').doses.map((d) => d.route)).toEqual([null]);
    expect(read('Vid T 2 ges cisplatin 40 mg/m2.').doses.map((d) => d.route)).toEqual([null]);
  });

  it('a concentration in a clause with a drug is a recognised non-dose, not a leftover', () => {
    expect(read('Paklitaxel 6 mg/ml späds före infusion.').diagnostics).toEqual([]);
  });

  it('vial contents are not doses', () => {
    expect(read('Lös upp 150 mg torrsubstans trastuzumab i vatten.').doses).toEqual([]);
  });

  it('a drug and amount after `schemat för` name a regimen, not a dose', () => {
    expect(read('Blodprover tas enligt schemat för Nivolumab 240 mg.').doses).toEqual([]);
  });

  it('days of the cycle after a combination are every member\'s; routes stay their own', () => {
    const { doses } = read('Trastuzumab 600 mg sc och pertuzumab 420 mg iv dag 1, ny kur dag 22.');
    expect(doses.map((d) => [d.route, d.days, d.intervalDays])).toEqual([
      ['sc', [1], r(21)],
      ['iv', [1], r(21)],
    ]);
  });
});

// Own sentences in the style of palliative care guidance.
describe('times per day after an amount', () => {
  it('`x1–6`, a range from one, is as often as needed up to six times a day, never cycles', () => {
    const dose = only('Ondansetron 4 mg x1–6 sc vid behov.');
    expect([dose.timesPerDay, dose.cycles, dose.route]).toEqual([r(1, 6), null, 'sc']);
  });

  it('up to six after a flat amount are times per day (`1 g x 4`)', () => {
    expect([only('Dexametason 4 mg x 4 po.').timesPerDay, only('Dexametason 4 mg x 4 po.').cycles]).toEqual([r(4), null]);
  });

  it('above three after a mass per m² is still a number of cycles (hostile)', () => {
    const dose = only('Docetaxel 75 mg/m2 x 4.');
    expect([dose.cycles, dose.timesPerDay]).toEqual([r(4), null]);
  });

  // Twice a day is every day, twice (see `attachTimesPerDay`): the interval stays one day.
  it('`2 x dagligen`, `2 × dagligen` are two times a day; `5 x 5 Gy` stays a course', () => {
    expect([only('Kapecitabin 1000 mg/m2 2 x dagligen.').timesPerDay, only('Kapecitabin 1000 mg/m2 2 × dagligen.').intervalDays]).toEqual([r(2), r(1)]);
    expect(only('Kapecitabin 1000 mg/m2 2 × dagligen.').timesPerDay).toEqual(r(2));
    expect(only('Strålbehandling 5 x 5 Gy.').amount).toEqual(r(5));
  });

  it('`1–2 ggr per dygn` is one to two times a day, every day', () => {
    const dose = only('Ondansetron 8 mg 1–2 ggr per dygn.');
    expect([dose.timesPerDay, dose.intervalDays]).toEqual([r(1, 2), r(1)]);
  });
});

describe('a cap on how often an as-needed dose is given', () => {
  it('`vb, max 2 gånger per dygn` is neither an interval nor times per day, and is reported as unread', () => {
    const text = 'Ondansetron 4 mg sc vb, max 2 gånger per dygn.';
    const { doses, diagnostics } = read(text);
    expect(doses.map((d) => [d.intervalDays, d.timesPerDay])).toEqual([[null, null]]);
    // `vb` (as needed) is reported too, since the graph cannot mark it.
    expect(diagnostics.map((d) => [d.ruleId, text.slice(d.start, d.end)])).toEqual([
      ['dose-partial-reading', 'vb'],
      ['dose-partial-reading', expect.stringContaining('2 gånger')],
    ]);
  });

  it('`2 gånger per dygn` without a maximum is the dose\'s (hostile)', () => {
    expect(only('Ondansetron 4 mg sc 2 gånger per dygn.').timesPerDay).toEqual(r(2));
  });
});

describe('the hours between the doses of a day', () => {
  it('`2 doser/dygn med 12 timmars intervall dag 1–5` adds no interval in days, and the days are still read', () => {
    const dose = only('Kapecitabin 825 mg/m2 po 2 doser/dygn med 12 timmars intervall dag 1–5, cykellängd 7 d.');
    expect([dose.timesPerDay, dose.days, dose.cycleLengthDays, dose.intervalDays]).toEqual([r(2), [1, 2, 3, 4, 5], 7, r(7)]);
    expect(read('Kapecitabin 825 mg/m2 po 2 doser/dygn med 12 timmars intervall dag 1–5, cykellängd 7 d.').diagnostics).toEqual([]);
  });

  it('a gap that does not fit the times per day is not taken in (hostile)', () => {
    const dose = only('Kapecitabin 825 mg/m2 po 2 doser/dygn med 8 timmars intervall dag 1–5.');
    expect(dose.days).toBeNull();
  });
});

describe('intervals in calendar months, ranges of ordinals and abbreviations', () => {
  it.each([
    ['Denosumab 120 mg en gång i månaden.', r(28, 31)],
    ['Denosumab 120 mg månadsvis.', r(28, 31)],
    ['Denosumab 120 mg sc månatligen.', r(28, 31)],
    ['Zoledronsyra 4 mg iv kvartalsvis.', r(89, 92)],
    ['Zoledronsyra 4 mg iv halvårsvis.', r(181, 184)],
    ['Dexametason 8 mg varje morgon.', r(1)],
    ['Pembrolizumab 200 mg/3 v.', r(21)],
    ['Pembrolizumab 400 mg/6 veckor.', r(42)],
    ['Trastuzumab 6 mg/kg/3 v.', r(21)],
    ['Denosumab 120 mg varannan månad.', r(59, 62)],
    ['Zoledronsyra 4 mg var 3:e månad.', r(89, 92)],
    ['Zoledronsyra 4 mg var 6:e månad.', r(181, 184)],
    ['Zoledronsyra 4 mg var 12:e månad.', r(365, 366)],
    ['Zoledronsyra 4 mg var 3-4:e vecka.', r(21, 28)],
    ['Zoledronsyra 4 mg var 3:e–4:e vecka.', r(21, 28)],
    ['Paklitaxel 80 mg/m2 var 3 veckor.', r(21)],
    ['Paklitaxel 80 mg/m2 var tre veckor.', r(21)],
    ['Paklitaxel 80 mg/m2 1 gång/vecka.', r(7)],
    ['Paklitaxel 80 mg/m2 var 4:e v.', r(28)],
    ['Letrozol 2,5 mg dagl.', r(1)],
    ['Letrozol 2,5 mg dgl.', r(1)],
    ['Fluorouracil 200 mg/m2/24 h kontinuerligt.', r(1)],
    ['Fluorouracil 1000 mg/m2 per 24 timmar dag 1-4.', r(1)],
    ['Paklitaxel 80 mg/m2 1 ggr/v.', r(7)],
    ['Letrozol 2,5 mg 1 x 1.', r(1)],
    ['Tamoxifen 10 mg 1 x 2.', r(1)],
  ])('%s', (text, interval) => {
    expect(only(text).intervalDays).toEqual(interval);
  });

  it('`morgon och kväll` is twice a day', () => {
    expect(only('Tamoxifen 20 mg morgon och kväll.')).toMatchObject({ timesPerDay: r(2), intervalDays: r(1) });
  });

  // Hostile: `var` is also the verb `was`; a number after it without a plural unit is no schedule.
  it('reads no interval from `var 3` without a unit, and reports it', () => {
    const { doses, diagnostics } = read('Dosen paklitaxel 80 mg/m2 var 3 gånger högre.');
    expect(doses.map((d) => d.intervalDays)).toEqual([null]);
    expect(diagnostics.map((d) => d.ruleId)).toContain('dose-partial-reading');
  });
});

describe('days on and off, hours between doses, a restart, tablets restating a dose', () => {
  it('`i 3 veckor följt av 1 vecka utan behandling` is a pause: 21 days on in a period of 28', () => {
    const dose = only('Regorafenib 160 mg en gång dagligen i 3 veckor följt av 1 vecka utan behandling.');
    expect([dose.intervalDays, dose.pause]).toEqual([r(1), { periodDays: 28, offDays: 7 }]);
    expect(only('Kapecitabin 1000 mg/m2 två gånger dagligen i 14 dagar följt av 7 dagars uppehåll.').pause).toEqual({ periodDays: 21, offDays: 7 });
  });

  it('days on written as in a row (`i följd`, `på varandra följande`) and a treatment-free interval are a pause too', () => {
    expect(only('Palbociklib 125 mg en gång dagligen i 21 dagar i följd följt av 7 dagars uppehåll.').pause).toEqual({ periodDays: 28, offDays: 7 });
    const dose = only('Ribociklib 600 mg dagligen under 21 på varandra följande dagar följt av 7 dagars behandlingsfritt intervall.');
    expect([dose.intervalDays, dose.pause]).toEqual([r(1), { periodDays: 28, offDays: 7 }]);
    expect(read('Ribociklib 600 mg dagligen under 21 på varandra följande dagar följt av 7 dagars behandlingsfritt intervall.').diagnostics).toEqual([]);
  });

  it('a cycle length that says the pause’s period again is read; another is reported, not stored', () => {
    const same = read('Palbociklib 125 mg en gång dagligen i 21 dagar följt av 7 dagars uppehåll, i cykler om 28 dagar.');
    expect(same.diagnostics).toEqual([]);
    expect(same.doses.map((d) => [d.intervalDays, d.cycleLengthDays, d.pause])).toEqual([[r(1), null, { periodDays: 28, offDays: 7 }]]);
    const other = read('Palbociklib 125 mg en gång dagligen i 21 dagar följt av 7 dagars uppehåll, i cykler om 35 dagar.');
    expect(other.doses.map((d) => [d.intervalDays, d.cycleLengthDays])).toEqual([[r(1), null]]);
    expect(other.diagnostics.map((d) => d.ruleId)).toEqual(['dose-partial-reading']);
  });

  it('`en cykel på 28 dagar`, `en cykel om 28 dagar` is a cycle length, not one cycle', () => {
    const dose = only('Paklitaxel 80 mg/m2 dag 1, 8 och 15 i en cykel om 28 dagar, sex cykler.');
    expect([dose.intervalDays, dose.cycles]).toEqual([r(28), { low: 6, high: 6 }]);
    expect(only('Paklitaxel 80 mg/m2 dag 1, 8 och 15 i en cykel på 28 dagar.').cycles).toBeNull();
  });

  it('`(4 tabletter om 40 mg)` restates the dose before it; the schedule after it is that dose\'s', () => {
    const { doses } = read('Rekommenderad dos är regorafenib 160 mg (4 tabletter om 40 mg) en gång dagligen.');
    expect(doses.map((d) => [d.amount?.low, d.intervalDays])).toEqual([[160, r(1)]]);
  });

  it('`var 8:e timme` alone gives three a day; a gap that does not divide the day is reported', () => {
    expect(only('Ondansetron 8 mg var 8:e timme.')).toMatchObject({ timesPerDay: r(3), intervalDays: r(1) });
    expect(read('Ondansetron 8 mg var 5:e timme.').diagnostics.map((d) => d.ruleId)).toEqual(['dose-partial-reading']);
    // A gap between a counted number of doses states no daily rhythm.
    expect(read('Därefter ges ondansetron två doser 8 mg iv med 4 timmars mellanrum.').doses.map((d) => d.timesPerDay)).toEqual([null]);
  });

  it('`kuren upprepas dag 22` restarts the cycle: 21 days', () => {
    expect(only('Docetaxel 75 mg/m2 dag 1, kuren upprepas dag 22.')).toMatchObject({ cycleLengthDays: 21, intervalDays: r(21) });
  });
});

// Own sentences, written after forms that were dropped or misread without a finding.
describe('q-notation, days off after `därefter`, a cycle length after a day list', () => {
  it('`q21` and `q21d` are every 21 days, `q8h` three times a day; a bare `q3` is reported', () => {
    expect(only('Gemcitabin 1000 mg/m2 dag 1 + 8, q21.')).toMatchObject({ days: [1, 8], intervalDays: r(21) });
    expect(only('Paklitaxel 175 mg/m2 q21d.').intervalDays).toEqual(r(21));
    expect(only('Ondansetron 8 mg q8h.')).toMatchObject({ timesPerDay: r(3), intervalDays: r(1) });
    const { doses, diagnostics } = read('Paklitaxel 175 mg/m2 q3.');
    expect(doses.map((d) => d.intervalDays)).toEqual([null]);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['dose-partial-reading']);
  });

  it('`i 21 dagar, därefter 7 dagars paus` is 21 days on in a period of 28', () => {
    expect(only('Palbociklib 125 mg dagligen i 21 dagar, därefter 7 dagars paus.').pause).toEqual({ periodDays: 28, offDays: 7 });
    expect(only('Palbociklib 125 mg dagligen i 21 dagar och därefter 7 dagars uppehåll.').pause).toEqual({ periodDays: 28, offDays: 7 });
  });

  it('`dag 1-5, 28 dagars cykel`: the 28 is the cycle length, not a day', () => {
    expect(only('Temozolomid 200 mg/m2 dag 1-5, 28 dagars cykel.')).toMatchObject({ days: [1, 2, 3, 4, 5], cycleLengthDays: 28 });
  });
});

// Own sentences: alternatives written once with their unit lost their first amount without a finding.
describe('alternative amounts and counts written once with their unit', () => {
  it('`75 eller 100 mg/m2` is two alternative doses; `AUC 5 eller 6` two target AUCs', () => {
    expect(read('Cisplatin 75 eller 100 mg/m2 dag 1.').doses.map((d) => [d.drug, d.amount?.low, d.unit, d.days])).toEqual([
      ['cisplatin', 75, 'mg/m2', [1]],
      ['cisplatin', 100, 'mg/m2', [1]],
    ]);
    expect(read('Metotrexat 1 eller 3 g/m2.').doses.map((d) => d.amount?.low)).toEqual([1000, 3000]);
    expect(read('Karboplatin AUC 5 eller 6.').doses.map((d) => [d.amount?.low, d.unit])).toEqual([[5, 'mg/mL.min'], [6, 'mg/mL.min']]);
  });

  it('a count after `AUC 5 eller` is cycles, not a target; `4 eller 6 cykler` is 4–6 cycles', () => {
    expect(read('Karboplatin AUC 5 eller 6 cykler.').doses.map((d) => [d.amount?.low, d.cycles])).toEqual([[5, r(6)]]);
    expect(only('Paklitaxel 175 mg/m2 i 4 eller 6 cykler.').cycles).toEqual(r(4, 6));
  });
});

// Own sentence: a count after a cycle interval was read as times per day.
describe('a count after an interval of a week or more', () => {
  it('counts cycles (`dag 1 q3w x 3`), not times per day', () => {
    expect(only('Epirubicin 100 mg/m2 dag 1 q3w x 3.')).toMatchObject({ intervalDays: r(21), cycles: r(3), timesPerDay: null });
    expect(only('Ondansetron 8 mg x 2.').timesPerDay).toEqual(r(2));
  });
});

// Own sentences: numbered cycles were reported as unread.
describe('cycles numbered from the first', () => {
  it('`i cykel 1–6` and `for cycles 1-6` are six cycles; `från cykel 2` stays reported', () => {
    expect(read('Dostarlimab 500 mg var 3:e vecka i cykel 1–6, därefter 1000 mg var 6:e vecka.').doses.map((d) => d.cycles)).toEqual([r(6), null]);
    expect(only('Dostarlimab 500 mg every 3 weeks for cycles 1-6.').cycles).toEqual(r(6));
    expect(read('Paklitaxel 80 mg/m2 veckovis från cykel 2.').diagnostics.map((d) => d.ruleId)).toEqual(['dose-partial-reading']);
  });
});
