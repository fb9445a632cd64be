import { describe, expect, it } from 'vitest';
import type { ParsedDose } from './dose-types.js';
import { parseDoses } from './parse-doses.js';
import { realLexicon } from './__fixtures__/real-lexicon.js';

// Own sentences, written for these tests in the style of Swedish regimen texts.

const r = (low: number, high = low) => ({ low, high });

function read(text: string) {
  return parseDoses(text, realLexicon());
}

function only(text: string): ParsedDose {
  const { doses } = read(text);
  expect(doses).toHaveLength(1);
  return doses[0] as ParsedDose;
}

describe('days of the cycle', () => {
  it.each([
    ['Gemcitabin 800 mg/m2 iv dag 1 och 8.', [1, 8]],
    ['Gemcitabin 800 mg/m2 iv dag 1, 8 och 15.', [1, 8, 15]],
    ['Etoposid 120 mg/m2 dag 1–3.', [1, 2, 3]],
    ['Kapecitabin 1000 mg/m2 dagarna 1-5.', [1, 2, 3, 4, 5]],
    ['Cisplatin 100 mg/m2 d1 q21d.', [1]],
    ['Etoposid 100 mg/m2 d1-3.', [1, 2, 3]],
    ['Metotrexat 40 mg/m2 i.v. d 1 + 8.', [1, 8]],
  ])('%s', (text, days) => {
    expect(only(text).days).toEqual(days);
  });

  it('reads a duration in days as no day of a cycle', () => {
    expect(only('Ondansetron 8 mg x 2 i 3 dagar.').days).toBeNull();
  });

  it('a number with a unit after a day is the next dose, not another day', () => {
    const { doses, diagnostics } = read('Aprepitant 125 mg dag 1, 80 mg dag 2 och 3.');
    expect(doses.map((dose) => [dose.amount?.low, dose.days])).toEqual([[125, [1]], [80, [2, 3]]]);
    expect(diagnostics).toEqual([]);
  });
});

describe('cycle length and restart', () => {
  it('ny kur dag 29 gives a 28-day cycle and interval', () => {
    const dose = only('Cisplatin 60 mg/m2 iv dag 1, ny kur dag 29.');
    expect(dose).toMatchObject({ days: [1], cycleLengthDays: 28, intervalDays: r(28) });
  });

  // As `ny kur dag 22`: the cycles repeat every 21 days, so the interval between cycles is 21 days
  // (the corpus labels it so: `dag 1 och 8 i varje 21-dagarscykel`).
  it('21-dagarscykel is the cycle length and the interval between cycles', () => {
    const dose = only('Gemcitabin 900 mg/m2 dag 1 och 8 i 21-dagarscykel.');
    expect(dose).toMatchObject({ days: [1, 8], cycleLengthDays: 21, intervalDays: r(21) });
    // A daily schedule within the cycle gives way to the cycle's interval, as after `ny kur dag 22`.
    expect(only('Kapecitabin 1000 mg/m2 två gånger dagligen dag 1–14 i 21-dagarscykel.')).toMatchObject({ timesPerDay: r(2), intervalDays: r(21) });
  });

  it('var 21:a dag is an interval of 21 days', () => {
    expect(only('Docetaxel 60 mg/m2 var 21:a dag.').intervalDays).toEqual(r(21));
  });
});

describe('times per day are never cycles', () => {
  it('x 2 after an amount', () => {
    expect(only('Kapecitabin 1250 mg/m2 x 2 dag 1–14.')).toMatchObject({ timesPerDay: r(2), cycles: null });
  });

  it('två gånger dagligen', () => {
    expect(only('Ondansetron 4 mg två gånger dagligen.')).toMatchObject({ timesPerDay: r(2), cycles: null });
  });

  // Own sentences: every spelling of twice a day has one shape, given every day twice.
  it.each(['Kapecitabin 1250 mg/m2 två gånger dagligen.', 'Kapecitabin 1250 mg/m2 x 2 dagligen.', 'Kapecitabin 1250 mg/m2 1x2.', 'Kapecitabin 1250 mg/m2 2 doser/dygn.'])(
    '%s is every day, twice',
    (text) => {
      expect(only(text)).toMatchObject({ intervalDays: r(1), timesPerDay: r(2), intensityPerWeek: r(17500) });
    },
  );

  it('a cycle interval after days replaces the daily one', () => {
    expect(only('Kapecitabin 1000 mg/m2 två gånger dagligen dag 1–14 var 3:e vecka.')).toMatchObject({
      intervalDays: r(21),
      timesPerDay: r(2),
      days: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14],
    });
  });

  it('without days a later interval does not replace a daily one', () => {
    expect(only('Tamoxifen 20 mg dagligen, uppföljning var 3:e månad.')).toMatchObject({ intervalDays: r(1), timesPerDay: null });
  });
});

describe('limits are their own fields, never doses', () => {
  it('maxdos after a dose caps its single administration', () => {
    const { doses } = read('Vinkristin 1,4 mg/m2 iv, maxdos 2 mg.');
    expect(doses).toHaveLength(1);
    expect(doses[0]).toMatchObject({ amount: r(1.4), maxSingleDose: { amount: r(2), unit: 'mg' } });
  });

  it('a limit right after the dose leaves the route and days after it to the dose', () => {
    for (const text of ['Vinkristin 1,4 mg/m2 (max 2 mg) iv dag 1.', 'Vinkristin 1,4 mg/m2, maxdos 2 mg, iv dag 1.']) {
      expect(only(text)).toMatchObject({ maxSingleDose: { amount: r(2), unit: 'mg' }, route: 'iv', days: [1] });
      expect(read(text).diagnostics).toEqual([]);
    }
  });

  it('`högsta rekommenderade dos` is a limit, not a dose', () => {
    expect(read('Högsta rekommenderade dos av dexametason är 20 mg per dag.').doses).toEqual([]);
    expect(only('Dexametason 8 mg dagligen, högsta rekommenderade dos 20 mg.')).toMatchObject({ amount: r(8), maxSingleDose: { amount: r(20), unit: 'mg' } });
  });

  it('`maximal singeldos på` is a limit, and the step a dose is rounded to is no dose', () => {
    const { doses } = read('Nilotinib 230 mg/m2 två gånger dagligen, avrundat till närmaste 50 mg dos, till en maximal singeldos på 400 mg.');
    expect(doses).toHaveLength(1);
    expect(doses[0]).toMatchObject({ amount: r(230), maxSingleDose: { amount: r(400), unit: 'mg' } });
  });

  it('tablets restated in brackets with a count in words are no second dose', () => {
    const dose = only('Regorafenib 160 mg (fyra 40 mg-tabletter) en gång dagligen.');
    expect([dose.amount, dose.intervalDays]).toEqual([r(160), r(1)]);
  });

  it('tablets restated in brackets as a count times a strength are no second dose, and the schedule after them is read', () => {
    const { doses, diagnostics } = read('Olaparib 300 mg (2 x 150 mg tabletter) två gånger dagligen.');
    expect(doses.map((dose) => [dose.amount, dose.intervalDays, dose.timesPerDay])).toEqual([[r(300), r(1), r(2)]]);
    expect(diagnostics).toEqual([]);
  });

  it('a cumulative maximum is not a dose', () => {
    const { doses } = read('Epirubicin 90 mg/m2 var 3:e vecka; kumulativ dos får inte överstiga 900 mg/m2.');
    expect(doses).toHaveLength(1);
    expect(doses[0]?.cumulativeMaxDose).toEqual({ amount: r(900), unit: 'mg/m2' });
  });

  it('a sentence with only a limit holds no dose', () => {
    expect(read('Maximal engångsdos 16 mg.').doses).toEqual([]);
  });

  it('a regimen table row: the flat amount after kroppsyta is the maximum column', () => {
    const { doses } = read('Mitomycin Intravenös infusion 10 mg/m² kroppsyta 20 mg');
    expect(doses).toHaveLength(1);
    expect(doses[0]).toMatchObject({ amount: r(10), route: 'iv', maxSingleDose: { amount: r(20), unit: 'mg' } });
  });

  it('a threshold inside a rule is not a dose', () => {
    expect(read('Doser över 1000 mg per dygn delas på två tillfällen.').doses).toEqual([]);
    expect(read('Medeldosen till hjärtat bör vara under 5 Gy.').doses).toEqual([]);
  });
});

describe('carboplatin target AUC anywhere in the clause', () => {
  it('karboplatin doseras till mål-AUC 4', () => {
    expect(only('Karboplatin doseras till mål-AUC 4 var 4:e vecka.')).toMatchObject({ drug: 'carboplatin', amount: r(4), unit: 'mg/mL.min' });
  });

  it('an AUC with no AUC-dosed drug in reach is still not a dose', () => {
    expect(read('Testet hade god precision (AUC 0,91).').doses).toEqual([]);
  });
});

describe('radiotherapy courses', () => {
  it('1,8 Gy x 28 till 50,4 Gy is one course', () => {
    const { doses, diagnostics } = read('Strålbehandling ges med 1,8 Gy x 28 till 50,4 Gy.');
    expect(doses).toHaveLength(1);
    // Both ends: `28 till 50,4` is the count and the total, never a range of counts.
    expect(doses[0]?.fractionation).toMatchObject({ dosePerFraction: { low: 1.8, high: 1.8 }, fractions: { low: 28, high: 28 }, total: { low: 50.4, high: 50.4 } });
    expect(diagnostics).toEqual([]);
  });

  it.each(['2 Gy x 25, totalt 50 Gy', '2 Gy x 25 = 50 Gy'])('%s is one course with its total', (course) => {
    const { doses, diagnostics } = read(`Strålbehandling ${course}.`);
    expect(doses.map((d) => d.fractionation)).toMatchObject([{ dosePerFraction: { low: 2 }, fractions: { low: 25, high: 25 }, total: { low: 50, high: 50 } }]);
    expect(diagnostics).toEqual([]);
  });

  it.each(['Strålbehandling 2 Gy x 25, 5 fraktioner per vecka.', 'Totalt 50 Gy på 25 fraktioner, 5 dagar i veckan.', 'Kapecitabin 825 mg/m2 x 2, 5 dagar per vecka.'])(
    'how many a week is no interval between doses: reported, never read as weekly (%s)',
    (text) => {
      const { doses, diagnostics } = read(text);
      expect(doses.map((dose) => dose.intervalDays?.low === 7)).toEqual([false]);
      expect(diagnostics.map((d) => d.ruleId)).toContain('dose-partial-reading');
    },
  );

  it('45 Gy på 25 fraktioner', () => {
    expect(only('Bäckenet ges 45 Gy på 25 fraktioner.').fractionation).toMatchObject({ total: { low: 45 }, fractions: { low: 25 } });
  });

  it('a total stated before its fractionation is one course', () => {
    const { doses } = read('Palliativ strålning, totaldos 20 Gy, 4 Gy x 5.');
    expect(doses).toHaveLength(1);
    expect(doses[0]?.fractionation).toMatchObject({ dosePerFraction: { low: 4 }, fractions: { low: 5 }, total: { low: 20 } });
  });
});

describe('modifiers shared by a combination', () => {
  it('a schedule set off by a comma belongs to every drug of the combination', () => {
    const { doses } = read('Oxaliplatin 85 mg/m2 och irinotekan 150 mg/m2, ny kur dag 15, sex kurer.');
    expect(doses.map((dose) => [dose.drug, dose.intervalDays, dose.cycles])).toEqual([
      ['oxaliplatin', r(14), { low: 6, high: 6 }],
      ['irinotecan', r(14), { low: 6, high: 6 }],
    ]);
  });

  it('a daily schedule right after the last dose belongs to that dose only', () => {
    const { doses } = read('Pembrolizumab 200 mg + lenvatinib 20 mg dagligen.');
    expect(doses.map((dose) => dose.intervalDays)).toEqual([null, r(1)]);
  });

  it.each([
    ['Karboplatin AUC 5 och paklitaxel 175 mg/m2 var tredje vecka i 6 cykler.', ['carboplatin', 'paclitaxel']],
    // Own sentence: `x 6` after the shared interval went to the last drug only.
    ['Cisplatin 50 mg/m2 + doxorubicin 60 mg/m2 var 3:e vecka x 6.', ['cisplatin', 'doxorubicin']],
  ])('an interval of a week or more and a count of cycles after the last dose are the combination\'s: %s', (text, drugs) => {
    expect(read(text).doses.map((dose) => [dose.drug, dose.intervalDays, dose.cycles])).toEqual(drugs.map((drug) => [drug, r(21), r(6)]));
  });

  it('a list written `A, B och C` is one combination', () => {
    const { doses } = read('Oxaliplatin 85 mg/m2, kalciumfolinat 200 mg/m2 och fluorouracil 400 mg/m2, var 14:e dag.');
    expect(doses.map((dose) => dose.intervalDays)).toEqual([r(14), r(14), r(14)]);
    const cmf = read('Cyklofosfamid 500 mg/m2, metotrexat 40 mg/m2 och fluorouracil 600 mg/m2 dag 1 och 8.').doses;
    expect(cmf.map((dose) => dose.days)).toEqual([[1, 8], [1, 8], [1, 8]]);
    // Without the closing `och` a comma separates statements, as before.
    expect(read('Oxaliplatin 85 mg/m2, fluorouracil 400 mg/m2 var 14:e dag.').doses.map((dose) => dose.intervalDays)).toEqual([null, r(14)]);
  });

  // Own sentences in the style of breast and lymphoma regimen lines.
  it('a cycle schedule after the last dose of a list joined by commas only is reported on the earlier doses (they were left without it silently)', () => {
    const { doses, diagnostics } = read('Epirubicin 90 mg/m2, cyklofosfamid 600 mg/m2 var 3:e vecka x 4.');
    expect(doses.map((dose) => [dose.drug, dose.intervalDays, dose.cycles])).toEqual([
      ['epirubicin', null, null],
      ['cyclophosphamide', r(21), { low: 4, high: 4 }],
    ]);
    expect(diagnostics.map((d) => [d.ruleId, d.message.sv.includes('intervallet och antalet cykler')])).toEqual([['dose-ambiguous', true]]);
    // The days of CHOP's list: each earlier dose without days is reported.
    const chop = read('Cyklofosfamid 750 mg/m2, doxorubicin 50 mg/m2, vinkristin 1,4 mg/m2 dag 1 och prednison 100 mg dag 1-5.');
    expect(chop.diagnostics.filter((d) => d.message.sv.includes('uppräkning')).map((d) => d.message.sv.slice(0, 25))).toEqual(['`Cyklofosfamid 750 mg/m2`', '`doxorubicin 50 mg/m2` st']);
    // A daily rhythm, or a dose with its own schedule, is no shared cycle: nothing is reported.
    expect(read('Pembrolizumab 200 mg, lenvatinib 20 mg dagligen.').diagnostics).toEqual([]);
    expect(read('Pembrolizumab 200 mg var 3:e vecka, lenvatinib 20 mg dagligen.').diagnostics).toEqual([]);
    // `A, B och C` is one combination and shares it without a finding.
    expect(read('Oxaliplatin 85 mg/m2, kalciumfolinat 200 mg/m2 och fluorouracil 400 mg/m2, var 14:e dag.').diagnostics).toEqual([]);
  });

  it('a cycle schedule after a dose joined by `och` past words not read is reported on the earlier dose (it was left without it silently)', () => {
    const { doses, diagnostics } = read('Karboplatin AUC 5 enligt Calvert och paklitaxel 175 mg/m2 var tredje vecka.');
    expect(doses.map((dose) => [dose.drug, dose.intervalDays])).toEqual([
      ['carboplatin', null],
      ['paclitaxel', r(21)],
    ]);
    expect(diagnostics.map((d) => [d.ruleId, d.message.sv.includes('förbi ord som inte kunde läsas (`enligt Calvert`)')])).toEqual([['dose-ambiguous', true]]);
    expect(read('Cisplatin 75 mg/m2 efter hydrering och pemetrexed 500 mg/m2 var 21:a dag.').diagnostics.map((d) => d.ruleId)).toEqual(['dose-ambiguous']);
    // Hostile: read words between (a route, days) keep the combination, which shares the schedule; a dose with its own, or a daily rhythm, is no shared cycle.
    expect(read('Doxorubicin 60 mg/m2 snabbt intravenöst och cyklofosfamid 600 mg/m2 var tredje vecka x 4.').diagnostics).toEqual([]);
    expect(read('Karboplatin AUC 5 var 3:e vecka enligt Calvert och paklitaxel 175 mg/m2 var tredje vecka.').diagnostics).toEqual([]);
    expect(read('Pembrolizumab 200 mg i första hand och lenvatinib 20 mg dagligen.').diagnostics).toEqual([]);
  });

  it('a schedule after the last of alternatives is reported on the earlier ones without their own (they were left without it silently)', () => {
    const { doses, diagnostics } = read('Paklitaxel 175 mg/m2 eller docetaxel 75 mg/m2 var tredje vecka.');
    expect(doses.map((dose) => [dose.drug, dose.intervalDays])).toEqual([
      ['paclitaxel', null],
      ['docetaxel', r(21)],
    ]);
    expect(diagnostics.map((d) => [d.ruleId, d.message.sv.includes('är ett alternativ till')])).toEqual([['dose-ambiguous', true]]);
    // Alternatives stand in one place, so a daily rhythm is reported too (`+` keeps it the last drug's own).
    expect(read('Tamoxifen 20 mg eller letrozol 2,5 mg dagligen i 5 år.').diagnostics.map((d) => d.ruleId)).toEqual(['dose-ambiguous']);
    expect(read('Dexametason 8 mg eller 4 mg x 2 dagligen.').diagnostics.map((d) => d.ruleId)).toEqual(['dose-ambiguous']);
    // Hostile: alternatives of one drug share a cycle's interval; a schedule written before the last
    // alternative's name, or a regimen's cycles without an amount, are its own: nothing is reported.
    expect(read('Bevacizumab 7,5 mg/kg eller 15 mg/kg var tredje vecka.').diagnostics).toEqual([]);
    expect(read('Doxorubicin 60 mg/m2 dag 1 eller veckovis paklitaxel (80 mg/m2).').diagnostics).toEqual([]);
    expect(read('Nivolumab 240 mg var 2:a vecka eller 480 mg var 4:e vecka.').diagnostics).toEqual([]);
  });

  // Own sentences in the style of colorectal and gastric regimen lines.
  it('a cycle\'s schedule set off by a comma after a regimen given in sequence is every dose\'s (only the last got it, silently)', () => {
    const folfox = read(
      'FOLFOX: oxaliplatin 85 mg/m2 dag 1, kalciumfolinat 400 mg/m2 dag 1, fluorouracil 400 mg/m2 bolus dag 1 och därefter 2400 mg/m2 som 46-timmarsinfusion, var 14:e dag.',
    );
    expect(folfox.doses.map((dose) => [dose.drug, dose.intervalDays])).toEqual([
      ['oxaliplatin', r(14)],
      ['calcium-folinate', r(14)],
      ['fluorouracil', r(14)],
      ['fluorouracil', r(14)],
    ]);
    expect(folfox.diagnostics).toEqual([]);
    expect(read('Cisplatin 75 mg/m2 dag 1, därefter kapecitabin 1000 mg/m2 x 2 dag 1-14, var 21:a dag.').doses.map((dose) => dose.intervalDays)).toEqual([r(21), r(21)]);
    // Hostile: the same drug again after `därefter`, with no day of the cycle, is the next phase; a
    // loading dose is given once. Without the comma the interval stays the last dose's, as before.
    expect(read('Trastuzumab 8 mg/kg, därefter 6 mg/kg, var 3:e vecka.').doses.map((dose) => dose.intervalDays)).toEqual([null, r(21)]);
    expect(read('Doxorubicin 60 mg/m2 och cyklofosfamid 600 mg/m2 var 3:e vecka x 4 följt av paklitaxel 80 mg/m2 veckovis x 12.').doses.map((dose) => dose.intervalDays)).toEqual([r(21), r(21), r(7)]);
  });

  // Own sentences in the style of breast-cancer and colorectal regimen lines.
  it('days of the cycle, and the route written with them, do not reach a drug taken daily before them (it got both, silently)', () => {
    const { doses, diagnostics } = read('Abemaciklib 150 mg x 2 i kombination med fulvestrant 500 mg im dag 1, 15, 29.');
    expect(doses.map((dose) => [dose.drug, dose.route, dose.days])).toEqual([
      ['abemaciclib', null, null],
      ['fulvestrant', 'im', [1, 15, 29]],
    ]);
    expect(diagnostics).toEqual([]);
    expect(read('Kapecitabin 1000 mg/m2 x 2 och oxaliplatin 130 mg/m2 iv dag 1.').doses.map((dose) => [dose.route, dose.days])).toEqual([
      [null, null],
      ['iv', [1]],
    ]);
    // Hostile: when the dose they follow is taken daily too, the days are both's; two doses without a rhythm share them, as before.
    expect(read('Etoposid 100 mg/m2 dagligen och cisplatin 20 mg/m2 dagligen dag 1–5.').doses.map((dose) => dose.days)).toEqual([
      [1, 2, 3, 4, 5],
      [1, 2, 3, 4, 5],
    ]);
    expect(read('Nivolumab 3 mg/kg och ipilimumab 1 mg/kg iv dag 1.').doses.map((dose) => [dose.route, dose.days])).toEqual([
      ['iv', [1]],
      ['iv', [1]],
    ]);
  });

  it('days after a drug that has its own do not reach the drugs before it', () => {
    const { doses } = read('Cyklofosfamid 750 mg/m2, doxorubicin 50 mg/m2, vinkristin 1,4 mg/m2 dag 1 och dexametason 40 mg dag 1-4.');
    expect(doses.map((dose) => [dose.drug, dose.days])).toEqual([
      ['cyclophosphamide', null],
      ['doxorubicin', null],
      ['vincristine', [1]],
      ['dexamethasone', [1, 2, 3, 4]],
    ]);
  });

  it('alternative amounts of one drug share the schedule after the last; alternatives with their own keep theirs', () => {
    expect(read('Bevacizumab 7,5 mg/kg eller 15 mg/kg var tredje vecka.').doses.map((dose) => dose.intervalDays)).toEqual([r(21), r(21)]);
    expect(read('Nivolumab 240 mg var 2:a vecka eller 480 mg var 4:e vecka.').doses.map((dose) => dose.intervalDays)).toEqual([r(14), r(28)]);
    // A daily schedule stays with the amount it follows, as for a combination.
    expect(read('Dexametason 8 mg eller 4 mg x 2 dagligen.').doses.map((dose) => dose.intervalDays)).toEqual([null, r(1)]);
  });

  it('never replaces a drug\'s own interval, nor reaches over `följt av`', () => {
    const { doses } = read('Lenvatinib 20 mg dagligen och pembrolizumab 200 mg var 3:e vecka.');
    expect(doses.map((dose) => dose.intervalDays)).toEqual([r(1), r(21)]);
    const sequence = read('Doxorubicin 60 mg/m2 och cyklofosfamid 600 mg/m2 var 3:e vecka, 4 cykler, följt av paklitaxel 80 mg/m2 veckovis.').doses;
    expect(sequence.map((dose) => [dose.drug, dose.intervalDays])).toEqual([
      ['doxorubicin', r(21)],
      ['cyclophosphamide', r(21)],
      ['paclitaxel', r(7)],
    ]);
  });
});

describe('loading dose then maintenance', () => {
  it('laddningsdos … därefter underhållsdos', () => {
    const { doses } = read('Trastuzumab ges med laddningsdos 8 mg/kg, därefter underhållsdos 6 mg/kg var 3:e vecka.');
    expect(doses.map((dose) => [dose.amount, dose.phaseKind])).toEqual([
      [r(8), 'loading'],
      [r(6), 'maintenance'],
    ]);
  });
});

describe('drug role from the lexicon', () => {
  it('an antiemetic is supportive, also before the treatment, and premedication when the sentence says so', () => {
    expect(only('Ondansetron 8 mg po dagligen.').drugRole).toBe('supportive');
    expect(only('Ondansetron 8 mg po före behandlingen.').drugRole).toBe('supportive');
    expect(only('Som premedicinering ges ondansetron 8 mg po före behandlingen.').drugRole).toBe('premedication');
    expect(only('Betametason 8 mg po före behandlingen.').drugRole).toBe('premedication');
    expect(only('Paklitaxel 80 mg/m2 veckovis.').drugRole).toBe('therapy');
  });

  it('a supportive drug given before an anticancer drug is premedication, unless an antiemetic', () => {
    const roles = (text: string) => read(text).doses.map((dose) => dose.drugRole);
    expect(roles('Betametason 8 mg iv före paklitaxel.')).toEqual(['premedication']);
    expect(roles('Klemastin 2 mg iv 30 minuter innan paklitaxel.')).toEqual(['premedication']);
    expect(roles('Ondansetron 8 mg iv före cisplatin.')).toEqual(['supportive']);
    expect(roles('Betametason 8 mg po efter paklitaxel.')).toEqual(['supportive']);
  });

  it('a folinate is therapy beside fluorouracil (it modulates it) and supportive as a rescue', () => {
    const roles = (text: string) => read(text).doses.map((dose) => [dose.drug, dose.drugRole]);
    expect(roles('Kalciumfolinat 400 mg/m2 och fluorouracil 400 mg/m2 dag 1.')).toEqual([['calcium-folinate', 'therapy'], ['fluorouracil', 'therapy']]);
    expect(roles('Kalciumfolinat 400 mg/m2 ges före 5-FU.')).toEqual([['calcium-folinate', 'therapy']]);
    expect(roles('Kalciumfolinat 15 mg x 4 po med start 24 timmar efter metotrexat.')).toEqual([['calcium-folinate', 'supportive']]);
  });

  it('a drug the lexicon knows without a role is premedication only where the sentence says so', () => {
    // A substance of the ATC index: known by name, no role, dose kind or range.
    const lexicon = realLexicon();
    const cetirizin = { ...lexicon.drugs[0]!, id: 'cetirizine', name: 'cetirizin', inn: 'cetirizine', names: [], brands: [], role: null, tier: 'atc-index' as const, ranges: [], doseKinds: [],
      atc: { ...lexicon.drugs[0]!.atc, code: 'R06AE07', aliases: [] } };
    const withIndex = { ...lexicon, drugs: [...lexicon.drugs, cetirizin] };
    const roleIn = (text: string) => parseDoses(text, withIndex).doses.map((dose) => [dose.drug, dose.drugRole]);
    expect(roleIn('Premedicinering med paracetamol 1 g po samt cetirizin 10 mg po.')).toEqual([['paracetamol', 'premedication'], ['cetirizine', 'premedication']]);
    expect(roleIn('Cetirizin 10 mg po före infusionen.')).toEqual([['cetirizine', 'premedication']]);
    expect(roleIn('Cetirizin 10 mg po vid klåda.')).toEqual([['cetirizine', null]]);
  });
});

// Own sentences: a day's total after a dose was published as a second dose.
describe('a day\'s total after a dose with times per day', () => {
  it('is no second dose when it is the dose times the times per day (`10 mg x 6, dygnsdos 60 mg`)', () => {
    const { doses, diagnostics } = read('Morfin 10 mg x 6, dygnsdos 60 mg.');
    expect(doses.map((d) => [d.amount?.low, d.timesPerDay])).toEqual([[10, { low: 6, high: 6 }]]);
    expect(diagnostics).toEqual([]);
  });

  it('is reported when it does not match, and read as written', () => {
    const { doses, diagnostics } = read('Morfin 10 mg x 6, dygnsdos 80 mg.');
    expect(doses.map((d) => d.amount?.low)).toEqual([10, 80]);
    expect(diagnostics.map((d) => [d.ruleId, d.message.sv.includes('`60 mg` per dygn')])).toEqual([['dose-ambiguous', true]]);
  });
});

// Own sentences: a daily maximum was stored as the maximum of a single dose.
describe('a maximum per day', () => {
  it('is reported and stored as no limit (`max 30 mg/dygn`, `maxdos 4 g/dygn`)', () => {
    // `vid behov` (as needed), which the graph cannot mark either, is reported apart.
    for (const [text, reported] of [
      ['Metoklopramid 10 mg vid behov, max 30 mg/dygn.', ['vid behov', '30 mg/dygn']],
      ['Paracetamol 1 g x 4, maxdos 4 g/dygn.', ['4 g/dygn']],
    ] as const) {
      const { doses, diagnostics } = read(text);
      expect(doses.map((d) => [d.maxSingleDose, d.cumulativeMaxDose])).toEqual([[null, null]]);
      expect(diagnostics.map((d) => [d.ruleId, text.slice(d.start, d.end)])).toEqual(reported.map((span) => ['dose-partial-reading', expect.stringContaining(span)]));
    }
  });

  it('a maximum of one dose stays one (`Vinkristin 1,4 mg/m2 (max 2 mg)`)', () => {
    expect(read('Vinkristin 1,4 mg/m2 (max 2 mg) iv dag 1.').doses.map((d) => d.maxSingleDose)).toEqual([{ amount: { low: 2, high: 2 }, unit: 'mg' }]);
  });
});

describe('nothing stands between a dose and another drug', () => {
  it('a hyphenated compound of a known name blocks the earlier drug', () => {
    const { doses, diagnostics } = read('Paklitaxel kan ersättas av nab-paklitaxel 260 mg/m2 dag 1.');
    expect(doses.every((dose) => dose.drug !== 'paclitaxel')).toBe(true);
    expect(diagnostics.map((d) => d.ruleId)).toContain('unknown-drug');
  });

  // Own sentences; the lexicon knows `trastuzumab deruxtekan` as two words.
  it('a known name with a word glued after a hyphen is the longer name the lexicon knows, else a compound that blocks', () => {
    expect(read('trastuzumab-deruxtekan 5,4 mg/kg var 3:e vecka.').doses.map((d) => d.drug)).toEqual(['trastuzumab-deruxtecan']);
    for (const text of ['trastuzumab-zyxtekan 5,4 mg/kg.', 'Karboplatin-paklitaxel 175 mg/m2.']) {
      const { doses, diagnostics } = read(text);
      expect(doses.map((d) => d.drug)).toEqual([null]);
      expect(diagnostics.map((d) => [d.ruleId, d.message.sv.includes('annan beredning')])).toEqual([['unknown-drug', true]]);
    }
    // A plain word glued after the name leaves the name as it is.
    expect(read('Cisplatin-behandling 75 mg/m2.').doses.map((d) => d.drug)).toEqual(['cisplatin']);
  });

  it('a drug named right after the schedule of a bare amount competes with the drug before it', () => {
    const { doses, diagnostics } = read('Cisplatin 75 mg/m2 och 100 mg/m2 (dag 1-3) etoposid.');
    expect(doses.map((dose) => dose.drug)).toEqual(['cisplatin', null]);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['dose-ambiguous']);
    // A drug with its own amount after a joining word is no competitor.
    expect(read('Cisplatin 75 mg/m2 dag 1 och etoposid 100 mg/m2 dag 1-3.').doses.map((dose) => dose.drug)).toEqual(['cisplatin', 'etoposide']);
  });

  it('a short aside in brackets may stand between an amount and the drug named after it', () => {
    const { doses, diagnostics } = read('En dos av 6 mg (en förfylld spruta) Neulasta rekommenderas för varje cykel.');
    expect(doses.map((dose) => [dose.drug, dose.amount])).toEqual([['pegfilgrastim', r(6)]]);
    expect(diagnostics.filter((d) => d.ruleId !== 'dose-partial-reading')).toEqual([]);
  });

  it('a name written with a hyphen that the lexicon writes without one is that drug', () => {
    const { doses, diagnostics } = read('Filgrastim kan ersättas av peg-filgrastim 6 mg dag 2.');
    expect(doses.map((dose) => [dose.drug, dose.drugText])).toEqual([['pegfilgrastim', 'peg-filgrastim']]);
    expect(diagnostics).toEqual([]);
  });
});

describe('a rate of infusion is never a dose, and is reported', () => {
  it.each([
    ['Bevacizumab ges med en infusionshastighet på 0,5 mg/kg/min.', '0,5 mg/kg/min'],
    ['Morfin 1 mg/h sc i pump.', '1 mg/h'],
    ['Dopamin 5 mikrogram/kg/min iv.', '5 mikrogram/kg/min'],
    ['Paklitaxel 175 mg/m2 per timme.', '175 mg/m2 per timme'],
    ['Morfin 0,004 mg/kg kroppsvikt/tim.', '0,004 mg/kg kroppsvikt/tim'],
  ])('%s', (text, rate) => {
    const { doses, diagnostics } = read(text);
    expect(doses).toEqual([]);
    expect(diagnostics.map((d) => [d.ruleId, text.slice(d.start, d.end)])).toEqual([['dose-partial-reading', rate]]);
    expect(diagnostics[0]?.message.sv).toContain('är en infusionshastighet');
  });

  it('a time the dose is given over, or a daily amount, is no rate', () => {
    expect(only('Paklitaxel 175 mg/m2 under 3 timmar.').amount).toEqual(r(175));
    expect(only('Cytarabin 100 mg/m2/dygn dag 1-7.').intervalDays).toEqual(r(1));
  });

  it('in a clause about no dose only the rate is reported, not other schedule words', () => {
    const { diagnostics } = read('En snabbare infusionstid (0,5 mg/kg/min) kan övervägas redan från kur 1.');
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['dose-partial-reading']);
  });
});

describe('dose-partial-reading', () => {
  it('reports schedule words left unread after a dose', () => {
    const { diagnostics } = read('Docetaxel 75 mg/m2 iv varannan tisdag 3 ggr.');
    expect(diagnostics.map((d) => d.ruleId)).toContain('dose-partial-reading');
  });

  it('says nothing when the whole phrase was read', () => {
    const { diagnostics } = read('Docetaxel 75 mg/m2 iv dag 1, ny kur dag 22, fyra kurer.');
    expect(diagnostics).toEqual([]);
  });

  it('volumes and infusion times after a dose are not schedule words', () => {
    expect(read('Paklitaxel 175 mg/m2 i 500 ml under 180 min.').diagnostics).toEqual([]);
  });
});

describe('strengths are not doses', () => {
  it.each(['Kapecitabin finns som tabletter à 500 mg.', 'Etoposid 100 mg/flaska späds före infusion.', 'Varje kapsel innehåller 20 mg temozolomid.'])(
    '%s',
    (text) => {
      expect(read(text).doses).toEqual([]);
    },
  );
});
