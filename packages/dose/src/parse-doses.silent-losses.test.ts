import { describe, expect, it } from 'vitest';
import type { ParsedDose } from './dose-types.js';
import { parseDoses } from './parse-doses.js';
import { realLexicon } from './__fixtures__/real-lexicon.js';

// Own sentences in the style of Swedish regimen sheets, drug handbooks and product information.
// Each was read by the grammar without a finding although part of it was lost or misread.
const read = (text: string) => parseDoses(text, realLexicon(), { checkRanges: false, checkKinds: false });
const r = (low: number, high = low) => ({ low, high });
const reported = (text: string) => read(text).diagnostics.map((d) => [d.ruleId, text.slice(d.start, d.end)]);

function only(text: string): ParsedDose {
  const { doses } = read(text);
  expect(doses).toHaveLength(1);
  return doses[0] as ParsedDose;
}

describe('a route the graph has no value for is reported, never dropped', () => {
  it.each([
    ['Metotrexat 12 mg intratekalt en gång per vecka.', 'intratekalt'],
    ['Mitomycin 40 mg intravesikalt varje vecka.', 'intravesikalt'],
    ['Morfin 5 mg rektalt.', 'rektalt'],
    ['Fentanyl 100 mikrogram sublingualt.', 'sublingualt'],
  ])('%s', (text, route) => {
    expect(only(text).route).toBeNull();
    expect(reported(text)).toEqual([['dose-partial-reading', route]]);
  });

  it.each([
    ['Bupivakain 10 mg epiduralt.', 'epiduralt'],
    ['Klotrimazol 100 mg vaginaltablett.', 'vaginaltablett'],
    ['Paracetamol 1 g stolpiller.', 'stolpiller'],
  ])('%s (dropped in silence before: the dose had no route and no finding)', (text, route) => {
    expect(only(text).route).toBeNull();
    // Drugs known from the substance index only also get `drug-not-in-lexicon`.
    expect(reported(text).filter(([rule]) => rule === 'dose-partial-reading')).toEqual([['dose-partial-reading', route]]);
  });

  it('inflected route adjectives and dosage forms give the route (`intramuskulära injektioner`, `i tablettform`)', () => {
    expect(only('Fulvestrant 500 mg som två intramuskulära injektioner dag 1.').route).toBe('im');
    expect(only('Filgrastim 5 mikrogram/kg som subkutana injektioner dagligen.').route).toBe('sc');
    expect(only('Letrozol 2,5 mg i tablettform dagligen.').route).toBe('po');
  });

  it('oral forms give po, and what follows them is still the dose’s (`som depåtablett x 2` lost its times a day)', () => {
    expect(only('Morfin 10 mg som depåtablett x 2.')).toMatchObject({ route: 'po', timesPerDay: r(2) });
    expect(only('Ondansetron 8 mg munlöslig tablett x 2.').route).toBe('po');
    expect(only('Prednisolon 5 mg brustablett dagligen.').route).toBe('po');
    expect(reported('Morfin 10 mg som depåtablett x 2.')).toEqual([]);
  });

  it('`vaginal brachyterapi` is radiotherapy, no route left unread', () => {
    expect(reported('Vaginal brachyterapi 3 x 7 Gy.')).toEqual([]);
  });
});

describe('a schedule the graph cannot hold is reported, never dropped', () => {
  it.each([
    ['Prednisolon 10 mg på morgonen.', 'morgonen'],
    ['Oxikodon 10 mg till natten.', 'natten'],
    ['Morfin 10 mg vid behov.', 'vid behov'],
    ['Morfin 10 mg varannan timme.', 'varannan timme'],
  ])('%s', (text, words) => {
    expect(only(text)).toMatchObject({ intervalDays: null, timesPerDay: null });
    expect(reported(text)).toEqual([['dose-partial-reading', words]]);
  });

  it('hours and months after a number measure a time, not a schedule (`från 9,3 till 11,2 månader`)', () => {
    expect(reported('Paklitaxel 175 mg/m2 förlängde PFS från 9,3 till 11,2 månader.')).toEqual([]);
  });
});

describe('days of a cycle never outlast the cycle', () => {
  it('a later phase (`dag 1, 15 och 29, därefter en gång i månaden`) is not the cycle of the loading days', () => {
    const text = 'Fulvestrant 500 mg im dag 1, 15 och 29, därefter var fjärde vecka.';
    expect(only(text)).toMatchObject({ days: [1, 15, 29], intervalDays: null });
    expect(reported(text)).toEqual([['dose-partial-reading', 'vecka']]);
  });

  it('a day that fits the cycle keeps it (`dag 1, därefter var tredje vecka`)', () => {
    expect(only('Docetaxel 75 mg/m2 dag 1, därefter var tredje vecka.')).toMatchObject({ days: [1], intervalDays: r(21) });
  });

  it('a cycle length glued by a hyphen is no day (`dag 1–14, 21-dagarscykel`)', () => {
    expect(only('Kapecitabin 1000 mg/m2 x 2 dag 1-14, 21-dagarscykel.')).toMatchObject({
      days: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14],
      cycleLengthDays: 21,
    });
  });
});

describe('an equivalent amount (`motsvarande`)', () => {
  it('restating a dose before it is no second dose', () => {
    expect(read('Paklitaxel 80 mg/m2 veckovis, motsvarande 240 mg/m2 per cykel.').doses.map((d) => d.amount?.low)).toEqual([80]);
  });

  it('stating the content of a salt named before it is no dose', () => {
    expect(read('Betametasonnatriumfosfat motsvarande 0,5 mg betametason.').doses).toEqual([]);
  });

  it('as a threshold (`mer än motsvarande 5 mg`, `doser motsvarande`) is no dose', () => {
    expect(read('Vid behandling med mer än motsvarande 5 mg prednisolon ges kalk.').doses).toEqual([]);
    expect(read('Doser motsvarande 5 mg/kg bör undvikas.').doses).toEqual([]);
  });

  it('with nothing before it to restate is the dose, and its missing drug is reported', () => {
    const text = 'Lågdos järnbehandling (motsvarande 20-40 mg järn p.o. dagligen).';
    expect(only(text)).toMatchObject({ drug: null, amount: r(20, 40), route: 'po', intervalDays: r(1) });
    expect(reported(text).map(([rule]) => rule)).toEqual(['dose-without-drug']);
  });
});

describe('totals and limits per day are never a dose or a single dose’s maximum', () => {
  it('`(totalt 600 mg per dag)` after `300 mg två gånger dagligen` restates the day’s total, no second dose; another total is reported', () => {
    expect(read('Olaparib 300 mg två gånger dagligen (totalt 600 mg per dag).')).toMatchObject({ diagnostics: [] });
    expect(read('Olaparib 300 mg två gånger dagligen (totalt 600 mg per dag).').doses.map((d) => d.amount)).toEqual([r(300)]);
    expect(reported('Olaparib 300 mg två gånger dagligen (totalt 800 mg per dag).').map(([rule]) => rule)).toContain('dose-ambiguous');
  });

  it('`högst 4 g per dygn`, with the period after the amount, is a maximum per day: reported, not stored', () => {
    const text = 'Ge 1 g paracetamol 4 gånger dagligen, högst 4 g per dygn.';
    expect(only(text)).toMatchObject({ amount: r(1000), timesPerDay: r(4), maxSingleDose: null });
    expect(reported(text)).toEqual([['dose-partial-reading', '4 g']]);
    // A maximum per administration stays one.
    expect(only('Vinkristin 1,4 mg/m2 iv dag 1, högst 2 mg per gång.').maxSingleDose).toEqual({ amount: r(2), unit: 'mg' });
  });

  it('a day’s total in words (`total daglig dos 600 mg`) that matches the dose is no second dose', () => {
    expect(read('Olaparib 300 mg två gånger dagligen (total daglig dos 600 mg).').doses.map((d) => d.amount?.low)).toEqual([300]);
    expect(read('Letrozol 2,5 mg dagligen (dygnsdos 2,5 mg).').doses.map((d) => d.amount?.low)).toEqual([2.5]);
  });

  it('a maximum per day in words (`maximal dygnsdos`, `Maximal rekommenderad dygnsdos av …`) is reported, never a dose or a single maximum', () => {
    for (const text of ['Maximal rekommenderad dygnsdos av ondansetron är 16 mg.', 'Ondansetron 8 mg x 2, maximal dygnsdos 16 mg.', 'Ondansetron 8 mg x 2, maximal dagsdos 16 mg.']) {
      const { doses } = read(text);
      expect(doses.map((d) => [d.amount?.low, d.maxSingleDose])).toEqual(text.startsWith('Maximal') ? [] : [[8, null]]);
      expect(reported(text)).toEqual([['dose-partial-reading', '16 mg']]);
    }
  });

  it('`maximal dosering` is a maximum, never a second dose', () => {
    expect(read('Letrozol 2,5 mg dagligen, maximal dosering 2,5 mg.').doses.map((d) => [d.amount?.low, d.maxSingleDose?.amount.low])).toEqual([[2.5, 2.5]]);
    expect(read('Letrozol 2,5 mg en gång per dag; maximal dosering 2,5 mg en gång per dag.').doses).toHaveLength(1);
  });

  it('a bare maximum after a cumulative cue (`kumulativ dos högst 450 mg/m2`) is the cumulative maximum', () => {
    expect(only('Doxorubicin 60 mg/m2, kumulativ dos högst 450 mg/m2.')).toMatchObject({ maxSingleDose: null, cumulativeMaxDose: { amount: r(450), unit: 'mg/m2' } });
  });

  it('a restated day total keeps the dose’s phrase going (`… en total daglig dos på 2500 mg/m2) i 14 dagar följt av 7 dagars uppehåll`)', () => {
    const text = 'Kapecitabin 1250 mg/m2 två gånger dagligen (morgon och kväll; motsvarande en total daglig dos på 2500 mg/m2) i 14 dagar följt av 7 dagars uppehåll.';
    expect(only(text)).toMatchObject({ amount: r(1250), timesPerDay: r(2), pause: { periodDays: 21, offDays: 7 } });
    expect(reported(text)).toEqual([]);
  });

  it('a day’s total in words that does not match is reported', () => {
    const text = 'Olaparib 300 mg x 2, total daglig dos: 800 mg.';
    expect(reported(text)).toContainEqual(['dose-ambiguous', '800 mg']);
  });
});

describe('`x 4` after a dose per kg', () => {
  it('of a drug known not to be anticancer is times a day, not four cycles; of an anticancer drug still cycles', () => {
    expect([only('Paracetamol 15 mg/kg x 4.').timesPerDay, only('Paracetamol 15 mg/kg x 4.').cycles]).toEqual([r(4), null]);
    expect([only('Trastuzumab 6 mg/kg x 4.').timesPerDay, only('Trastuzumab 6 mg/kg x 4.').cycles]).toEqual([null, { low: 4, high: 4 }]);
  });
});

describe('schedules read where they were lost', () => {
  it('`varannan till var tredje månad` is every two to three months, not every three', () => {
    expect(only('Zoledronsyra 4 mg varannan till var tredje månad.').intervalDays).toEqual({ low: 59, high: 92 });
  });

  it.each(['var 3–4 vecka', 'var tredje till fjärde vecka', 'var 3:e till 4:e vecka', 'var tredje eller fjärde vecka'])('`%s` is every three to four weeks (it was reported, not read)', (words) => {
    const text = `Zoledronsyra 4 mg iv ${words} vid skelettmetastaser.`;
    expect(only(text).intervalDays).toEqual(r(21, 28));
    expect(read(text).diagnostics).toEqual([]);
  });

  it('a plain number before a unit in the singular is no interval on its own (`var 3 dag`), and is reported', () => {
    expect(only('Paklitaxel 80 mg/m2 var 3 dag.').intervalDays).toBeNull();
    expect(read('Paklitaxel 80 mg/m2 var 3 dag.').diagnostics.map((d) => d.ruleId)).toEqual(['dose-partial-reading']);
  });

  it('the interval said again in brackets (`var 3:e vecka (Q3W)`) is read once; another one is reported', () => {
    const text = 'Pembrolizumab 200 mg iv var 3:e vecka (Q3W) eller 400 mg var 6:e vecka (Q6W).';
    expect(read(text).doses.map((d) => d.intervalDays)).toEqual([r(21), r(42)]);
    expect(read(text).diagnostics).toEqual([]);
    expect(read('Pembrolizumab 200 mg iv var 3:e vecka (Q6W).').diagnostics.map((d) => d.ruleId)).toEqual(['dose-partial-reading']);
  });

  it('the dose in units of a strength, in brackets (`500 mg (2 injektioner à 250 mg)`), lets the route and interval after it reach the dose', () => {
    const dose = only('Fulvestrant 500 mg (2 injektioner à 250 mg) im var 4:e vecka.');
    expect([dose.amount, dose.route, dose.intervalDays]).toEqual([r(500), 'im', r(28)]);
    expect(read('Fulvestrant 500 mg (2 injektioner à 250 mg) im var 4:e vecka.').diagnostics).toEqual([]);
    // Units that do not make the dose: said, and the dose is not given what follows the bracket.
    const wrong = read('Fulvestrant 500 mg (2 injektioner à 200 mg) im var 4:e vecka.');
    expect(wrong.diagnostics[0]).toMatchObject({ ruleId: 'dose-ambiguous' });
    expect(wrong.diagnostics[0]?.message.sv).toContain('ger `400 mg`, men dosen före är `500 mg`');
    expect(wrong.doses.map((d) => d.route)).toEqual([null]);
  });

  it('units written `E` after a number (`Fragmin 5000 E sc`) are reported; they were dropped with the dose', () => {
    expect(read('Fragmin 5000 E sc.').diagnostics.map((d) => d.ruleId)).toEqual(['dose-partial-reading']);
    expect(read('Paklitaxel 80 mg/m2 var 3:e vecka.').diagnostics).toEqual([]);
  });

  it('`var fjortonde dag` and `1 gång var 3:e vecka` are intervals', () => {
    expect(only('Docetaxel 75 mg/m2 var fjortonde dag.').intervalDays).toEqual(r(14));
    expect(read('Trastuzumab 6 mg/kg 1 gång var 3:e vecka.')).toMatchObject({ diagnostics: [] });
    expect(only('Trastuzumab 6 mg/kg 1 gång var 3:e vecka.').intervalDays).toEqual(r(21));
  });

  it('`dagligen i 5 dagar var 28:e dag` is days 1–5 of a 28-day cycle, not a five-day course with the interval dropped', () => {
    const dose = only('Temozolomid 200 mg/m2 dagligen i 5 dagar var 28:e dag.');
    expect([dose.days, dose.intervalDays, dose.maxDuration]).toEqual([[1, 2, 3, 4, 5], r(28), null]);
    expect(read('Temozolomid 200 mg/m2 dagligen i 5 dagar var 28:e dag.').diagnostics).toEqual([]);
    expect(only('Prednisolon 60 mg dagligen i 5 dagar.').maxDuration?.days).toBe(5);
  });

  it('`i 3 veckor av 4` is a pause (three weeks on in four), not a course of three weeks with `av 4` dropped', () => {
    const dose = only('Doxorubicin 20 mg/m2 veckovis i 3 veckor av 4.');
    expect([dose.intervalDays, dose.pause, dose.maxDuration]).toEqual([r(7), { periodDays: 28, offDays: 7 }, null]);
  });

  it('`under 12 veckor` after a schedule is how long the treatment lasts, not a threshold', () => {
    const dose = only('Paklitaxel 80 mg/m² en gång i veckan under 12 veckor.');
    expect([dose.intervalDays, dose.maxDuration?.days]).toEqual([r(7), 84]);
    expect(read('Paklitaxel 80 mg/m² en gång i veckan under 12 veckor.').diagnostics).toEqual([]);
    expect(read('Doser under 20 mg ger ingen effekt.').doses).toEqual([]);
  });

  it('`med en veckas mellanrum` is a weekly interval', () => {
    expect(only('Cisplatin 40 mg/m2 med en veckas mellanrum.').intervalDays).toEqual(r(7));
  });
});

describe('a dose given as a number of units of a strength (`à`)', () => {
  it('with a schedule, is reported, not dropped', () => {
    const text = 'Vuxna: 1–2 tabletter à 500 mg 3–4 gånger per dygn, högst 8 tabletter per dygn.';
    expect(read(text).doses).toEqual([]);
    expect(reported(text)).toEqual([['dose-partial-reading', '1–2 tabletter à 500 mg 3–4 gånger per dygn']]);
  });

  it('a strength alone stays no dose and no finding', () => {
    expect(read('Alvedon tablett à 500 mg.')).toEqual({ doses: [], diagnostics: [] });
  });

  it('after a drug named before it, is reported once, its count too (the count was reported a second time)', () => {
    const text = 'Enzalutamid tas som 4 kapslar à 40 mg en gång dagligen.';
    expect(reported(text)).toEqual([['dose-partial-reading', '4 kapslar à 40 mg en gång dagligen']]);
  });
});

describe('a route after alternative amounts of one drug', () => {
  it('set off by a comma, is the route of each alternative', () => {
    const text = 'Den rekommenderade dosen av pembrolizumab är 200 mg var tredje vecka eller 400 mg var sjätte vecka, givet som intravenös infusion under 30 minuter.';
    expect(read(text).doses.map((d) => [d.amount, d.route])).toEqual([[r(200), 'iv'], [r(400), 'iv']]);
    expect(read('Bevacizumab 7,5 mg/kg eller 15 mg/kg, intravenöst var tredje vecka.').doses.map((d) => d.route)).toEqual(['iv', 'iv']);
  });

  it('after a combination of drugs, stays the last drug’s: they are often given by different routes', () => {
    expect(read('Pembrolizumab 200 mg + lenvatinib 20 mg dagligen, peroralt.').doses.map((d) => [d.drug, d.route])).toEqual([['pembrolizumab', null], ['lenvatinib', 'po']]);
  });
});

describe('a dose is never given to a drug that may not be its own', () => {
  it('after `efter`, `före` or `innan` a drug says when another drug, named before it without a dose, is given', () => {
    for (const text of ['Paklitaxel ges efter karboplatin, 175 mg/m2.', 'Dexametason ges före paklitaxel, 20 mg iv.']) {
      const { doses } = read(text);
      expect(doses.map((d) => d.drug)).toEqual([null]);
      expect(reported(text).map(([rule]) => rule)).toEqual(['dose-ambiguous']);
    }
    // Right after the name, the amount is the name's.
    expect(only('Paklitaxel ges efter karboplatin AUC 5.').drug).toBe('carboplatin');
    expect(only('Premedicinering ges före paklitaxel 175 mg/m2.').drug).toBe('paclitaxel');
  });

  it('a preparation the lexicon does not name (`Doxorubicin liposomal`, `pegylerat doxorubicin`) is not the plain drug', () => {
    for (const text of ['Doxorubicin liposomal 50 mg/m2.', 'Pegylerat doxorubicin 40 mg/m2.', 'Albuminbundet paklitaxel 260 mg/m2.']) {
      expect(only(text).drug).toBeNull();
      expect(reported(text).map(([rule]) => rule)).toEqual(['unknown-drug']);
    }
    // A preparation the lexicon names is read as that preparation.
    expect(only('Pegylerat liposomalt doxorubicin 40 mg/m2.').drug).toBe('doxorubicin-pegylated-liposomal');
  });

  it('a letter code glued to a number (`vitamin B12`) blocks an earlier drug’s dose from passing on', () => {
    const text = 'Pemetrexed 500 mg/m2 med folsyra 400 mikrogram dagligen och vitamin B12 1000 mikrogram var 9:e vecka.';
    expect(read(text).doses.map((d) => d.drug)).toEqual(['pemetrexed', 'folic-acid', null]);
    expect(reported(text)).toContainEqual(['dose-ambiguous', '1000 mikrogram']);
  });
});

describe('as-needed caps and alternative routes are no schedule and no route', () => {
  it('`vb, högst var 4:e timme` caps an as-needed dose; it is reported, not read as six times a day', () => {
    const text = 'Morfin 2,5-5 mg sc vb, högst var 4:e timme.';
    expect(only(text)).toMatchObject({ route: 'sc', intervalDays: null, timesPerDay: null });
    expect(reported(text).map(([, span]) => span)).toEqual(['vb', 'var 4']);
    // Without the cap, every 8th hour still gives three a day.
    expect(only('Ondansetron 8 mg var 8:e timme.').timesPerDay).toEqual(r(3));
  });

  it('two routes joined as alternatives (`iv/po`, `iv eller po`) give no route, and are reported', () => {
    for (const [text, routes] of [
      ['Ondansetron 4-8 mg iv/po x 2-3.', 'iv/po'],
      ['Ondansetron 8 mg iv eller po.', 'iv eller po'],
    ] as const) {
      expect(only(text).route).toBeNull();
      expect(reported(text)).toEqual([['dose-partial-reading', routes]]);
    }
    // Routes of two drugs joined by `och` stay each drug's.
    expect(read('Trastuzumab 600 mg sc och pertuzumab 420 mg iv dag 1.').doses.map((d) => d.route)).toEqual(['sc', 'iv']);
  });
});

describe('a loading dose and a cap in brackets', () => {
  it('`840 mg som startdos, därefter 420 mg` makes the first dose the loading one, not the second', () => {
    expect(read('Pertuzumab 840 mg som startdos, därefter 420 mg var 3:e vecka.').doses.map((d) => [d.amount, d.phaseKind, d.intervalDays])).toEqual([
      [r(840), 'loading', null],
      [r(420), null, r(21)],
    ]);
  });

  // Own sentences: `initialt` after the amount broke the link to `därefter`, and the two doses
  // were published as two independent ones of one phase each.
  it.each([
    ['Trastuzumab 8 mg/kg iv initialt, därefter 6 mg/kg var 3:e vecka.', 8, 6],
    ['Loperamid 4 mg initialt, därefter 2 mg.', 4, 2],
    ['Pertuzumab 840 mg första gången, därefter 420 mg var 3:e vecka.', 840, 420],
    ['Trastuzumab initialt 8 mg/kg, därefter 6 mg/kg var 3:e vecka.', 8, 6],
  ])('`%s` makes the first dose the loading one, of two phases', (text, first, then) => {
    expect(read(text).doses.map((d) => [d.amount, d.phaseKind, d.phase, d.phaseCount])).toEqual([
      [r(first), 'loading', 1, 2],
      [r(then), null, 2, 2],
    ]);
  });

  it('`initialt` before a later dose of the sentence is that dose’s (hostile)', () => {
    expect(read('Trastuzumab 6 mg/kg var 3:e vecka, initialt 8 mg/kg.').doses.map((d) => [d.amount, d.phaseKind])).toEqual([
      [r(6), null],
      [r(8), 'loading'],
    ]);
  });

  it('an interval after a loading and a maintenance dose is not the loading dose’s', () => {
    const text = 'Trastuzumab 8 mg/kg som laddningsdos och 6 mg/kg som underhållsdos var tredje vecka.';
    expect(read(text).doses.map((d) => [d.amount, d.phaseKind, d.intervalDays])).toEqual([
      [r(8), 'loading', null],
      [r(6), 'maintenance', r(21)],
    ]);
  });

  it('`första dosen 8 mg/kg` is the loading dose (it was a second dose with no phase, beside the maintenance dose)', () => {
    expect(read('Trastuzumab 6 mg/kg iv var 3:e vecka, första dosen 8 mg/kg.').doses.map((d) => [d.amount, d.phaseKind, d.intervalDays])).toEqual([
      [r(6), null, r(21)],
      [r(8), 'loading', null],
    ]);
    expect(read('Trastuzumab initialdos 8 mg/kg, därefter 6 mg/kg var tredje vecka.').doses.map((d) => d.phaseKind)).toEqual(['loading', null]);
    // No amount after it: nothing is a loading dose.
    expect(read('Den första dosen paklitaxel ges på sjukhus.').doses).toEqual([]);
  });

  it('`(upp till 200 mg)` after a dose per kg is its maximum, not a second dose; what follows the bracket is still the dose’s', () => {
    const { doses } = read('Pembrolizumab 2 mg/kg (upp till 200 mg) var tredje vecka.');
    expect(doses.map((d) => [d.amount, d.maxSingleDose?.amount, d.intervalDays])).toEqual([[r(2), r(200), r(21)]]);
    const days = read('Enfortumab vedotin 1,25 mg/kg (upp till max 125 mg) dag 1, 8 och 15 i en 28-dagarscykel.');
    expect(days.doses.map((d) => [d.maxSingleDose?.amount, d.days, d.intervalDays])).toEqual([[r(125), [1, 8, 15], r(28)]]);
    expect(days.diagnostics).toEqual([]);
  });
});

describe('radiotherapy written with fractions of a dose, or a dose named per fraction', () => {
  const courses = (text: string) => read(text).doses.map((d) => d.fractionation && [d.fractionation.dosePerFraction?.low ?? null, d.fractionation.fractions?.low ?? null, d.fractionation.total?.low ?? null]);

  it('`3 fraktioner à 7 Gy` is three fractions of 7 Gy, not dropped as a strength', () => {
    expect(courses('Brachyterapi ges med 3 fraktioner à 7 Gy.')).toEqual([[7, 3, 21]]);
    expect(read('Brachyterapi ges med 3 fraktioner à 7 Gy.').diagnostics).toEqual([]);
  });

  it('`Fraktionsdos 2 Gy` is a dose per fraction, not a course of 2 Gy; `till totalt 60 Gy` is its total', () => {
    expect(courses('Fraktionsdos 2 Gy till totalt 60 Gy.')).toEqual([[2, 30, 60]]);
    expect(courses('Fraktionsdosen är 3 Gy.')).toEqual([[3, null, null]]);
  });

  it('a total stated first, then `givet som` its dose per fraction, is one course', () => {
    expect(courses('Totaldosen är 45 Gy, givet som 1,8 Gy per fraktion.')).toEqual([[1.8, 25, 45]]);
    expect(courses('Strålbehandling 50 Gy, därefter boost 10 Gy.')).toEqual([[null, null, 50], [null, null, 10]]);
  });
});

describe('a radiotherapy course’s total said again is no second course', () => {
  it('`2 Gy x 6 (totalt 12 Gy)` is one course', () => {
    const { doses, diagnostics } = read('Helkroppsbestrålning 2 Gy x 6 (totalt 12 Gy).');
    expect(doses.map((d) => d.fractionation)).toEqual([
      { dosePerFraction: { low: 2, high: 2, derived: false }, fractions: { low: 6, high: 6, derived: false }, total: { low: 12, high: 12, derived: false } },
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('a total that the course does not give is reported (`2 Gy x 6 (totalt 14 Gy)`)', () => {
    const text = 'Helkroppsbestrålning 2 Gy x 6 (totalt 14 Gy).';
    expect(reported(text)).toEqual([['dose-ambiguous', '14 Gy']]);
  });
});

describe('a table cell of numbers alone', () => {
  it('is a day column, not a citation: left unread, it is reported (`Paklitaxel | 175 mg/m2 | iv | 1`)', () => {
    expect(reported('Paklitaxel | 175 mg/m2 | iv 3 tim | 1')).toEqual([['dose-partial-reading', '1']]);
    expect(reported('Dexametason | 8 mg x 2 | po | 0, 1')).toEqual([['dose-partial-reading', '0, 1']]);
    // A citation number closing a sentence of prose still is one.
    expect(reported('Paklitaxel 175 mg/m2 var tredje vecka 161.')).toEqual([]);
  });
});

describe('an amount of substance (`mmol`)', () => {
  it('flat, after a drug, is a dose the graph cannot hold: reported; as a concentration it is none', () => {
    expect(reported('Kaliumklorid 20 mmol iv.')).toEqual([['dose-partial-reading', '20 mmol']]);
    expect(reported('Behandla om S-kalium är under 3,5 mmol/l.')).toEqual([]);
  });
});

describe('drugs given in turn', () => {
  it('the weeks of an alternation (`växelvis med … varannan vecka`) are no interval of the dose: reported', () => {
    const text = 'Medroxiprogesteronacetat 200 mg dagligen växelvis med tamoxifen 20 mg x 2 varannan vecka.';
    expect(read(text).doses.map((d) => [d.drug, d.intervalDays, d.timesPerDay])).toEqual([
      ['medroxyprogesterone-acetate', r(1), null],
      ['tamoxifen', null, r(2)],
    ]);
    expect(reported(text)).toEqual([['dose-partial-reading', 'varannan vecka']]);
    // Without an alternation, times per day and a cycle go together (two doses on the day of each cycle).
    expect(only('Ondansetron 8 mg x 2 var tredje vecka.')).toMatchObject({ timesPerDay: r(2), intervalDays: r(21) });
  });

  it('the length of each turn (`i 3 veckor växelvis med …`) is no length of the treatment: reported', () => {
    for (const text of [
      'Megestrolacetat 80 mg två gånger dagligen i 3 veckor växelvis med tamoxifen 20 mg två gånger dagligen i 3 veckor.',
      'Megestrol acetate 80 mg twice daily for 3 weeks alternating with tamoxifen 20 mg twice daily for 3 weeks.',
    ]) {
      expect(read(text).doses.map((d) => d.maxDuration)).toEqual([null, null]);
      expect(reported(text).map(([rule]) => rule)).toEqual(['dose-partial-reading', 'dose-partial-reading']);
    }
  });
});

describe('a dose given as a volume', () => {
  it('`4 mg/ml, 2 ml iv` is reported; a diluent (`i 1000 ml NaCl iv`) is not', () => {
    expect(reported('Inj. Betapred 4 mg/ml, 2 ml iv.')).toEqual([['dose-partial-reading', '2 ml']]);
    expect(reported('Cisplatin 75 mg/m2 i 1000 ml NaCl iv.')).toEqual([]);
  });
});

describe('the length of a treatment', () => {
  it('said as a total, after the schedule (`dag 1, totalt 6 månader`), is the dose’s length', () => {
    const dose = only('Oxaliplatin 130 mg/m2 dag 1 var 3:e vecka, totalt 6 månader.');
    expect(dose.maxDuration).toMatchObject({ value: 6, unit: 'mo' });
    expect(only('Paklitaxel 80 mg/m2 veckovis i totalt 12 veckor.').maxDuration).toMatchObject({ value: 12, unit: 'wk' });
    expect(read('Trastuzumab 8 mg/kg första gången och därefter 6 mg/kg var tredje vecka under sammanlagt ett år.').doses[1]?.maxDuration).toMatchObject({ value: 1, unit: 'a' });
    expect(reported('Oxaliplatin 130 mg/m2 dag 1 var 3:e vecka, totalt 6 månader.')).toEqual([]);
  });

  it('is not a count of cycles or doses (`totalt 6 cykler`, `totalt 4 doser` stay cycles)', () => {
    expect(only('Karboplatin AUC 5 var 3:e vecka, totalt 6 cykler.')).toMatchObject({ cycles: r(6), maxDuration: null });
    expect(only('Cisplatin 40 mg/m2 en gång per vecka, totalt 5 doser.')).toMatchObject({ cycles: r(5), maxDuration: null });
  });

  it('after alternative amounts of one drug is the length of each', () => {
    const [first, second] = read('Pembrolizumab 200 mg var 3:e vecka eller 400 mg var 6:e vecka i upp till 2 år.').doses;
    expect(first?.maxDuration).toMatchObject({ value: 2, unit: 'a' });
    expect(second?.maxDuration).toMatchObject({ value: 2, unit: 'a' });
    const [nivolumab] = read('Nivolumab 240 mg varannan vecka eller 480 mg var 4:e vecka under högst 1 år.').doses;
    expect(nivolumab?.maxDuration).toMatchObject({ value: 1, unit: 'a' });
  });

  it('after another drug’s dose is not given to the first (`… + lenvatinib 20 mg dagligen i upp till 2 år`)', () => {
    const [pembrolizumab, lenvatinib] = read('Pembrolizumab 200 mg var 3:e vecka och lenvatinib 20 mg dagligen i upp till 2 år.').doses;
    expect(pembrolizumab?.maxDuration).toBeNull();
    expect(lenvatinib?.maxDuration).toMatchObject({ value: 2, unit: 'a' });
  });

  it.each([
    ['Oxaliplatin 130 mg/m2 dag 1 var 3:e vecka i kombination med kapecitabin, totalt 6 månader.', 'totalt 6 månader'],
    ['Oxaliplatin 130 mg/m2 dag 1 i kombination med kapecitabin under 6 månader.', 'under 6 månader'],
  ])('set apart from the schedule by other words is reported, not guessed: %s', (text, words) => {
    expect(only(text).maxDuration).toBeNull();
    expect(reported(text)).toEqual([['dose-partial-reading', words]]);
  });

  it('after the kind of infusion (`som kontinuerlig infusion`) is the dose’s, and a detached one is reported once', () => {
    expect(only('Blinatumomab 28 mikrogram/dag som kontinuerlig infusion i 28 dagar.').maxDuration).toMatchObject({ value: 28, unit: 'd' });
    expect(reported('Blinatumomab 28 mikrogram/dag i kombination med dexametason i 28 dagar.')).toEqual([['dose-partial-reading', 'i 28 dagar']]);
  });

  it('a time that is an outcome, in a sentence without a schedule, stays no finding', () => {
    expect(reported('Efter cisplatin 75 mg/m2 var medianöverlevnaden 11 månader.')).toEqual([]);
  });
});

describe('days said to be those of each cycle (`dag 1 och 8 i varje cykel`)', () => {
  it('are read whole, and the count of cycles after them too', () => {
    expect(only('Bendamustin 90 mg/m2 dag 1 och 2 i varje cykel.')).toMatchObject({ days: [1, 2] });
    expect(reported('Bendamustin 90 mg/m2 dag 1 och 2 i varje cykel.')).toEqual([]);
    expect(only('Rituximab 375 mg/m2 iv dag 1 i varje cykel, 8 cykler.')).toMatchObject({ days: [1], cycles: r(8), route: 'iv' });
    expect(only('Rituximab 375 mg/m2 on day 1 of each cycle.')).toMatchObject({ days: [1] });
  });

  it('a cycle’s other words after them are still reported (`dag 1 i varje annan cykel`)', () => {
    expect(reported('Rituximab 375 mg/m2 dag 1 i varannan cykel.').length).toBeGreaterThan(0);
  });
});

describe('days of the week, which no dose field holds', () => {
  it.each([
    ['Kapecitabin 825 mg/m2 två gånger dagligen under strålbehandlingen, måndag till fredag.', 'måndag till fredag'],
    ['Kapecitabin 825 mg/m2 x 2 mån–fre under strålbehandlingen.', 'mån–fre'],
    ['Capecitabine 825 mg/m2 twice daily Monday to Friday.', 'Monday to Friday'],
    ['Kapecitabin 825 mg/m2 x 2 alla vardagar under strålbehandlingen.', 'vardagar'],
    ['Temozolomid 75 mg/m2 dagligen utom helger.', 'helger'],
    ['Kapecitabin 825 mg/m2 x 2 på strålbehandlingsdagar.', 'strålbehandlingsdagar'],
  ])('are reported: a dose given on weekdays only is not given every day (%s)', (text, words) => {
    expect(reported(text)).toEqual([['dose-partial-reading', words]]);
  });

  it('one weekday of a weekly dose only says which day, and is no finding', () => {
    expect(only('Metotrexat 10 mg en gång i veckan på måndagar.')).toMatchObject({ intervalDays: r(7) });
    expect(reported('Metotrexat 10 mg en gång i veckan på måndagar.')).toEqual([]);
  });
});

describe('a daily course of some days within a cycle', () => {
  it.each([
    ['Topotekan 1,5 mg/m2 iv dagligen i fem på varandra följande dagar, var 21:a dag.', [1, 2, 3, 4, 5], 21],
    ['Dakarbazin 250 mg/m2 dagligen i 5 konsekutiva dagar var 3:e vecka.', [1, 2, 3, 4, 5], 21],
    ['Temozolomid 200 mg/m2 en gång dagligen under de första 5 dagarna i en 28-dagarscykel.', [1, 2, 3, 4, 5], 28],
    ['Temozolomide 200 mg/m2 once daily for 5 consecutive days per 28-day cycle.', [1, 2, 3, 4, 5], 28],
    ['Topotekan 1,5 mg/m2 dagligen i 5 dagar med start på dag 1, var 21:a dag.', [1, 2, 3, 4, 5], 21],
    ['Topotekan 1,5 mg/m2/dag som intravenös infusion under 30 minuter dagligen i fem på varandra följande dagar med start dag 1 i en 21-dagars cykel.', [1, 2, 3, 4, 5], 21],
  ])('is given on those days of each cycle: %s', (text, days, interval) => {
    expect(only(text)).toMatchObject({ days, intervalDays: r(interval), maxDuration: null });
    expect(reported(text)).toEqual([]);
  });

  it('a course from a later start day is given from that day', () => {
    expect(only('Filgrastim 5 mikrogram/kg dagligen i 5 dagar med start dag 6.')).toMatchObject({ days: [6, 7, 8, 9, 10] });
  });

  it('a start day without a course of days says nothing of the other days, and is reported', () => {
    const text = 'Sorafenib 400 mg x 2 med start dag 1.';
    expect(only(text).days).toBeNull();
    expect(reported(text).map(([rule]) => rule)).toEqual(['dose-partial-reading']);
  });

  it('a daily schedule said twice (`/dag … dagligen`) is one schedule', () => {
    expect(reported('Topotekan 1,5 mg/m2/dag som intravenös infusion under 30 minuter dagligen.')).toEqual([]);
  });
});

describe('a schedule word inside a dose’s phrase that no reading took in', () => {
  it.each([
    ['Metoklopramid 10 mg x 3 vid behov, högst 5 dagar.', 'vid behov'],
    ['Olanzapin 5 mg till natten dag 1–4.', 'natten'],
  ])('is reported, although a later modifier widened the dose over it: %s', (text, words) => {
    expect(reported(text)).toEqual([['dose-partial-reading', words]]);
  });

  it('`i alla efterföljande cykler` says no more than the interval, and is no finding', () => {
    const text = 'Dostarlimab 1000 mg var 6:e vecka i alla efterföljande cykler till progress, dock maximalt 2 år.';
    expect(only(text)).toMatchObject({ intervalDays: r(42), maxDuration: { value: 2, unit: 'a' } });
    expect(reported(text)).toEqual([]);
  });
});

describe('a note that an equivalent product may be given (`eller motsvarande`)', () => {
  it.each([
    'Ondansetron 8 mg (eller motsvarande) två gånger dagligen.',
    'Ondansetron 8 mg eller motsvarande två gånger dagligen.',
    'Ondansetron 8 mg (or equivalent) twice daily.',
  ])('is read over, so the schedule after it is the dose’s: %s', (text) => {
    expect(only(text)).toMatchObject({ timesPerDay: r(2), intervalDays: r(1) });
    expect(reported(text)).toEqual([]);
  });

  it('before an amount it still restates the dose in another drug, which is no dose', () => {
    expect(read('Betametason 8 mg eller motsvarande 50 mg prednisolon.').doses.map((d) => d.drug)).toEqual(['betamethasone']);
  });
});

describe('a bolus (`5-FU 400 mg/m2 bolus + 2400 mg/m2`)', () => {
  it('is read over, so the regimen after it stays one combination that shares its schedule', () => {
    const text = 'FOLFOX (oxaliplatin 85 mg/m2, kalciumfolinat 200 mg/m2 och 5-FU 400 mg/m2 bolus + 2400 mg/m2 under 46 timmar) ges varannan vecka i 12 kurer.';
    const { doses } = read(text);
    expect(doses.map((d) => [d.drug, d.amount?.low, d.intervalDays?.low, d.cycles?.high])).toEqual([
      ['oxaliplatin', 85, 14, 12],
      ['calcium-folinate', 200, 14, 12],
      ['fluorouracil', 400, 14, 12],
      ['fluorouracil', 2400, 14, 12],
    ]);
    expect(reported(text)).toEqual([]);
  });

  it('says no route of its own', () => {
    expect(only('Fluorouracil 400 mg/m2 bolus dag 1.')).toMatchObject({ route: null, days: [1] });
    expect(only('Fluorouracil 400 mg/m2 iv bolus dag 1.')).toMatchObject({ route: 'iv', days: [1] });
  });
});

describe('an infusion’s length after `på` or `i`, and `samtidigt med`', () => {
  it('keep a regimen given together one combination that shares the schedule after it', () => {
    const text = 'Oxaliplatin 85 mg/m2 i 2 timmar samtidigt med kalciumfolinat 400 mg/m2, följt av 5-FU 2400 mg/m2 på 46 timmar, varannan vecka.';
    expect(read(text).doses.map((d) => [d.drug, d.intervalDays?.low])).toEqual([
      ['oxaliplatin', 14],
      ['calcium-folinate', 14],
      ['fluorouracil', 14],
    ]);
    expect(reported(text)).toEqual([]);
  });

  it('a length in days or weeks after `i` is still the treatment’s, not an infusion’s', () => {
    expect(only('Tamoxifen 20 mg dagligen i 5 år.').maxDuration).toMatchObject({ value: 5, unit: 'a' });
  });
});

describe('a weekly rhythm within a cycle, with its days (`veckovis dag 1, 8 och 15 i en 28-dagarscykel`)', () => {
  it.each([
    'Paklitaxel 80 mg/m2 veckovis dag 1, 8 och 15 i en 28-dagarscykel.',
    'Paclitaxel 80 mg/m2 weekly on days 1, 8 and 15 of a 28-day cycle.',
    'Paklitaxel 80 mg/m2 veckovis dag 1, 8 och 15 var 28:e dag.',
    'Paklitaxel 80 mg/m2 veckovis dag 1, 8 och 15, ny kur dag 29.',
  ])('takes the cycle’s interval, as the labelling guide and the days say it: %s', (text) => {
    expect(only(text)).toMatchObject({ days: [1, 8, 15], intervalDays: r(28) });
    expect(reported(text)).toEqual([]);
  });

  it('without days, a weekly dose keeps its weekly interval', () => {
    expect(only('Paklitaxel 80 mg/m2 veckovis.').intervalDays).toEqual(r(7));
  });
});

describe('`dagligen` after a combination of doses given so many times a day', () => {
  it('is each such dose’s; a dose of the combination with no times a day does not get it', () => {
    const [dabrafenib, trametinib] = read('Dabrafenib 150 mg x 2 och trametinib 2 mg x 1 peroralt dagligen.').doses;
    expect(dabrafenib).toMatchObject({ timesPerDay: r(2), intervalDays: r(1) });
    expect(trametinib).toMatchObject({ timesPerDay: r(1), intervalDays: r(1), route: 'po' });
    expect(read('Cisplatin 75 mg/m2 och kapecitabin 1000 mg/m2 x 2 dagligen.').doses[0]?.intervalDays).toBeNull();
  });
});

describe('a range of counts in words (`en till tre gånger dagligen`)', () => {
  it.each([
    ['Metoklopramid 10 mg en till tre gånger dagligen.', r(1, 3)],
    ['Metoklopramid 10 mg två–tre gånger dagligen.', r(2, 3)],
    ['Metoklopramid 10 mg tre gånger dagligen.', r(3)],
  ])('is read whole (it was read as its last count): %s', (text, times) => {
    expect(only(text)).toMatchObject({ timesPerDay: times, intervalDays: r(1) });
  });

  it('`en till` before a noun is one more, no range', () => {
    expect(read('Ge en till dos efter två timmar.').doses).toEqual([]);
  });
});

describe('a bracket that points elsewhere (`(se doseringstabellen)`)', () => {
  it('is read over, so the schedule after it is the dose’s', () => {
    const text = 'Metoklopramid 0,1 till 0,15 mg/kg kroppsvikt (se doseringstabellen i bipacksedeln) en till tre gånger dagligen.';
    expect(only(text)).toMatchObject({ amount: r(0.1, 0.15), timesPerDay: r(1, 3) });
    expect(reported(text)).toEqual([]);
  });
});

describe('days of a cycle with the day word said again (`dag 1–5 och dag 8–12`)', () => {
  it('are one list, so the cycle after them is read too', () => {
    expect(only('Kapecitabin 1000 mg/m2 x 2 dag 1–5 och dag 8–12 var 28:e dag.')).toMatchObject({ days: [1, 2, 3, 4, 5, 8, 9, 10, 11, 12], intervalDays: r(28) });
    expect(only('Paklitaxel 80 mg/m2 dag 1, dag 8 och dag 15.').days).toEqual([1, 8, 15]);
  });

  it('a day after a joiner and another drug stays that drug’s', () => {
    expect(read('Karboplatin AUC 5 dag 1 och docetaxel 75 mg/m2 dag 8.').doses.map((d) => d.days)).toEqual([[1], [8]]);
  });
});


describe('routes in the words of patient information', () => {
  it.each([
    ['Du får Zoladex 3,6 mg som en spruta under huden var fjärde vecka.', 'sc', 28],
    ['Du får fulvestrant 500 mg som två sprutor i muskeln var fjärde vecka.', 'im', 28],
    ['Du får paklitaxel 80 mg/m2 som dropp i en ven en gång i veckan.', 'iv', 7],
  ])('%s', (text, route, interval) => {
    expect(only(text)).toMatchObject({ route, intervalDays: r(interval) });
    expect(reported(text)).toEqual([]);
  });
});
