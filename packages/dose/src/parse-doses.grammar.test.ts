import { describe, expect, it } from 'vitest';
import type { ParsedDose } from './dose-types.js';
import { parseDoses } from './parse-doses.js';
import { realLexicon } from './__fixtures__/real-lexicon.js';

const r = (low: number, high = low) => ({ low, high });

function only(text: string): ParsedDose {
  const { doses } = parseDoses(text, realLexicon());
  expect(doses).toHaveLength(1);
  return doses[0] as ParsedDose;
}

describe('numbers', () => {
  it.each([
    ['tamoxifen 13,5 mg dagligen', r(13.5)],
    ['MPA 1 000 mg/dag', r(1000)],
    ['MPA 1\u00a0000 mg/dag', r(1000)],
    ['MPA 1\u202f000 mg/dag', r(1000)],
    ['paklitaxel 175–200 mg/m2', r(175, 200)],
    ['paklitaxel 175-200 mg/m2', r(175, 200)],
    ['tamoxifen 20–40 mg', r(20, 40)],
    ['MPA160–200 mg/dag', r(160, 200)],
    ['tamoxifen 20 till 40 mg', r(20, 40)],
    ['MPA 1 g/dag', r(1000)],
    ['levonorgestrel 20 µg/dag', r(0.02)],
  ])('%s', (text, amount) => {
    expect(only(text).amount).toEqual(amount);
  });
});

describe('the salt and the brand name of a drug', () => {
  it.each([['Megestrolacetat 160 mg x 1.'], ['Megace 160 mg dagligen.']])('%s is megestrol', (text) => {
    expect(only(text).drug).toBe('megestrol');
  });
});

describe('units and dose kinds', () => {
  it.each([
    ['pembrolizumab 200 mg', 'mg', 'flat'],
    ['paklitaxel 175 mg/m2', 'mg/m2', 'body-surface'],
    ['paklitaxel 175 mg/m²', 'mg/m2', 'body-surface'],
    ['bevacizumab 15 mg/kg', 'mg/kg', 'weight'],
    ['karboplatin AUC 5', 'mg/mL.min', 'auc'],
    ['karboplatin AUC5', 'mg/mL.min', 'auc'],
    ['karboplatin (AUC 5)', 'mg/mL.min', 'auc'],
    ['karboplatin AUC 5 mg/ml/min', 'mg/mL.min', 'auc'],
    ['4 Gy x 5', 'Gy', 'radiation'],
  ])('%s', (text, unit, doseKind) => {
    expect(only(text)).toMatchObject({ unit, doseKind });
  });
});

describe('schedules', () => {
  it.each([
    ['dostarlimab 500 mg var 3:e vecka', 21],
    ['pembrolizumab 200 mg var tredje vecka', 21],
    ['dostarlimab 1000 mg var 6:e vecka', 42],
    ['pembrolizumab 400 mg var sjätte vecka', 42],
    ['liposomalt doxorubicin 40 mg/m2 var 4:e vecka', 28],
    ['paklitaxel 80 mg/m2 veckovis', 7],
    ['dostarlimab 1000 mg med 6 veckors intervall', 42],
    ['pembrolizumab 200 mg 3 veckors intervall', 21],
    ['pembrolizumab 200 mg i 3-veckorsintervall', 21],
    ['bevacizumab 5 mg/kg varannan vecka', 14],
    ['tamoxifen 20 mg dagligen', 1],
    ['MPA 200 mg/dag', 1],
    ['lenvatinib 20 mg 1x1', 1],
    // Twice a day is given every day, twice (`timesPerDay` 2), not every half day.
    ['olaparib 300 mg 1x2', 1],
    ['olaparib 300 mg två gånger dagligen', 1],
    ['pembrolizumab 200 mg q3w', 21],
  ])('%s', (text, days) => {
    expect(only(text).intervalDays).toEqual(r(days));
  });

  it('med paus var fjärde vecka: weekly with every fourth week off', () => {
    expect(only('paklitaxel 80 mg/m2 veckovis med paus var fjärde vecka')).toMatchObject({
      intervalDays: r(7),
      pause: { periodDays: 28, offDays: 7 },
      intensityPerWeek: r(60),
    });
  });
});

describe('length of treatment', () => {
  it.each([
    ['dostarlimab 500 mg var 3:e vecka i 4 cykler', { low: 4, high: 4 }],
    ['pembrolizumab 200 mg upp till 35 cykler', { low: null, high: 35 }],
    ['pembrolizumab 6 cykler', { low: 6, high: 6 }],
    ['sju cykler KarPak', { low: 7, high: 7 }],
    ['sex cykler KarPak', { low: 6, high: 6 }],
    ['KarPak x 6–8', { low: 6, high: 8 }],
    ['bevacizumab till totalt 16 cykler', { low: 16, high: 16 }],
    ['KarPak i minst 4 cykler', { low: 4, high: null }],
  ])('%s', (text, cycles) => {
    expect(only(text).cycles).toEqual(cycles);
  });

  it('maximalt 2 år', () => {
    expect(only('dostarlimab 1000 mg var 6:e vecka, dock maximalt 2 år').maxDuration).toEqual({ value: 2, unit: 'a', days: 730.5 });
  });

  it('numbers the phases of `följt av` and carries the drug', () => {
    const { doses } = parseDoses('dostarlimab 500 mg var 3:e vecka i 4 cykler följt av 1 000 mg var 6:e vecka', realLexicon());
    expect(doses.map((d) => [d.drug, d.phase, d.phaseCount, d.intervalDays])).toEqual([
      ['dostarlimab', 1, 2, r(21)],
      ['dostarlimab', 2, 2, r(42)],
    ]);
  });

  it('a drug named again after `följt av` is still the next phase', () => {
    const { doses } = parseDoses('dostarlimab 500 mg var 3:e vecka följt av dostarlimab 1000 mg var 6:e vecka', realLexicon());
    expect(doses.map((d) => [d.phase, d.drugInherited])).toEqual([
      [1, false],
      [2, false],
    ]);
  });
});

describe('routes', () => {
  it.each([
    ['iv pembrolizumab 200 mg', 'iv'],
    ['i.v. pembrolizumab 200 mg', 'iv'],
    ['pembrolizumab 200 mg som intravenös infusion', 'iv'],
    ['po lenvatinib 20 mg', 'po'],
    ['MPA 200 mg/dag peroralt', 'po'],
    ['Tamoxifen ges peroralt 20 mg dagligen', 'po'],
  ])('%s', (text, route) => {
    expect(only(text).route).toBe(route);
  });
});

describe('radiotherapy', () => {
  const stated = (low: number, high = low) => ({ low, high, derived: false });
  const derived = (low: number, high = low) => ({ low, high, derived: true });
  it.each([
    ['4 Gy x 5', { dosePerFraction: stated(4), fractions: stated(5), total: derived(20) }],
    ['3 Gy x 10', { dosePerFraction: stated(3), fractions: stated(10), total: derived(30) }],
    ['8 Gy x 1–2', { dosePerFraction: stated(8), fractions: stated(1, 2), total: derived(8, 16) }],
    ['2 Gy-fraktioner upp till åtminstone 64–66 Gy', { dosePerFraction: stated(2), fractions: derived(32, 33), total: stated(64, 66) }],
    ['5 x 4 Gy', { dosePerFraction: stated(4), fractions: stated(5), total: derived(20) }],
    ['20 Gy i 5 fraktioner', { dosePerFraction: derived(4), fractions: stated(5), total: stated(20) }],
    ['50 Gy', { dosePerFraction: null, fractions: null, total: stated(50) }],
  ])('%s', (text, fractionation) => {
    expect(only(text).fractionation).toEqual(fractionation);
  });
});

describe('alternatives and combinations', () => {
  it('doxorubicin 60 mg/m2/pegylerat liposomalt doxorubicin 40 mg/m2 alternativt veckovis paklitaxel (80 mg/m2)', () => {
    const { doses } = parseDoses(
      'doxorubicin 60 mg/m2/pegylerat liposomalt doxorubicin 40 mg/m2 alternativt veckovis paklitaxel (80 mg/m2)',
      realLexicon(),
    );
    expect(doses.map((d) => [d.drug, d.amount?.low, d.intervalDays?.low ?? null, d.link])).toEqual([
      ['doxorubicin', 60, null, null],
      ['doxorubicin-pegylated-liposomal', 40, null, 'slash'],
      ['paclitaxel', 80, 7, 'or'],
    ]);
  });

  it('karboplatin AUC5 /paklitaxel 175 mg/m2 (KarPak) names the regimen of both', () => {
    const { doses } = parseDoses('karboplatin AUC5 /paklitaxel 175 mg/m2 (KarPak)', realLexicon());
    expect(doses.map((d) => [d.drug, d.regimen])).toEqual([
      ['carboplatin', 'karpak'],
      ['paclitaxel', 'karpak'],
    ]);
  });

  it('pembrolizumab 200 mg var tredje vecka + po lenvatinib 20 mg 1x1', () => {
    const { doses } = parseDoses('pembrolizumab 200 mg var tredje vecka + po lenvatinib 20 mg 1x1', realLexicon());
    expect(doses.map((d) => [d.drug, d.route, d.link])).toEqual([
      ['pembrolizumab', null, null],
      ['lenvatinib', 'po', 'with'],
    ]);
  });
});
