import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ParsedDose } from './dose-types.js';
import { parseDoses } from './parse-doses.js';
import { realLexicon } from './__fixtures__/real-lexicon.js';

/** Chapter 13 as imported, with no-break spaces and glued citation numbers. */
const chapter = readFileSync(
  new URL('../../../guideline-src/livmoderkroppscancer/original/kapitel-13.txt', import.meta.url),
  'utf8',
);

type Normalised = Omit<ParsedDose, 'start' | 'end'>;

const r = (low: number, high = low) => ({ low, high });
const stated = (low: number, high = low) => ({ low, high, derived: false });
const derived = (low: number, high = low) => ({ low, high, derived: true });
const twoYears = { value: 2, unit: 'a' as const, days: 730.5 };
const KARPAK = { regimen: 'karpak', regimenText: 'KarPak' };

/** A statement with every field stated: what a row leaves out is null (or 1 for phases). */
function dose(text: string, fields: Partial<Normalised>): Normalised {
  return {
    drug: null,
    drugText: null,
    drugInherited: false,
    drugFromHeading: null,
    drugFromSentence: null,
    regimen: null,
    regimenText: null,
    amount: null,
    unit: null,
    doseKind: null,
    intervalDays: null,
    days: null,
    cycleLengthDays: null,
    timesPerDay: null,
    pause: null,
    cycles: null,
    maxSingleDose: null,
    cumulativeMaxDose: null,
    phaseKind: null,
    // Every drug chapter 13 doses is an anticancer or endocrine drug.
    drugRole: fields.drug === undefined || fields.drug === null ? null : 'therapy',
    phase: 1,
    phaseCount: 1,
    maxDuration: null,
    route: null,
    fractionation: null,
    intensityPerWeek: null,
    link: null,
    text,
    ...fields,
  };
}

function drug(id: string, name = id) {
  return { drug: id, drugText: name };
}

const flat = (amount: number, high = amount) => ({ amount: r(amount, high), unit: 'mg' as const, doseKind: 'flat' as const });
const bsa = (amount: number, high = amount) => ({ amount: r(amount, high), unit: 'mg/m2' as const, doseKind: 'body-surface' as const });

function radiation(text: string, fractionation: ParsedDose['fractionation'], link: ParsedDose['link'] = null): Normalised {
  const perFraction = fractionation?.dosePerFraction;
  return dose(text, {
    amount: perFraction ? r(perFraction.low, perFraction.high) : null,
    unit: 'Gy',
    doseKind: 'radiation',
    fractionation,
    link,
  });
}

const gy4x5 = (link: ParsedDose['link']) =>
  radiation('4 Gy x 5', { dosePerFraction: stated(4), fractions: stated(5), total: derived(20) }, link);
const gy3x10 = radiation('3 Gy x 10', { dosePerFraction: stated(3), fractions: stated(10), total: derived(30) });

/** The 38 dose statements of chapter 13, in text order (`\u00a0` where the chapter has a no-break space). */
const EXPECTED: Normalised[] = [
  // Recommendation box
  dose('karboplatin (AUC 5)', { ...drug('carboplatin', 'karboplatin'), amount: r(5), unit: 'mg/mL.min', doseKind: 'auc' }),
  dose('paklitaxel (175\u00a0mg/m2)', { ...drug('paclitaxel', 'paklitaxel'), ...bsa(175), link: 'with' }),
  dose('dostarlimab 500 mg var 3:e vecka i 4 cykler', {
    ...drug('dostarlimab'), ...flat(500), intervalDays: r(21), cycles: r(4), phase: 1, phaseCount: 2, intensityPerWeek: r(500 / 3),
  }),
  dose('1000 mg var 6:e vecka i alla efterföljande cykler till progress eller intolerabel toxicitet, dock maximalt 2 år', {
    ...drug('dostarlimab'), drugInherited: true, ...flat(1000), intervalDays: r(42), phase: 2, phaseCount: 2,
    maxDuration: twoYears, intensityPerWeek: r(500 / 3), link: 'then',
  }),
  dose('doxorubicin 60 mg/m2', { ...drug('doxorubicin'), ...bsa(60) }),
  dose('pegylerat liposomalt doxorubicin 40 mg/m2', {
    ...drug('doxorubicin-pegylated-liposomal', 'pegylerat liposomalt doxorubicin'), ...bsa(40), link: 'slash',
  }),
  dose('veckovis paklitaxel (80 mg/m2)', {
    ...drug('paclitaxel', 'paklitaxel'), ...bsa(80), intervalDays: r(7), intensityPerWeek: r(80), link: 'or',
  }),
  // 13.3.1
  dose('karboplatin AUC5', { ...drug('carboplatin', 'karboplatin'), ...KARPAK, amount: r(5), unit: 'mg/mL.min', doseKind: 'auc' }),
  dose('paklitaxel 175 mg/m2', { ...drug('paclitaxel', 'paklitaxel'), ...KARPAK, ...bsa(175), link: 'slash' }),
  dose('liposomalt doxorubicin i dosen 40\u00a0mg/m2 var 4:e vecka', {
    ...drug('doxorubicin-pegylated-liposomal', 'liposomalt doxorubicin'), ...bsa(40), intervalDays: r(28), intensityPerWeek: r(10),
  }),
  dose('paklitaxel i dosen 175–200 mg/m2 var 3:e vecka', {
    ...drug('paclitaxel', 'paklitaxel'), ...bsa(175, 200), intervalDays: r(21), intensityPerWeek: r(175 / 3, 200 / 3),
  }),
  dose('paklitaxel 80 mg/m2 veckovis', { ...drug('paclitaxel', 'paklitaxel'), ...bsa(80), intervalDays: r(7), intensityPerWeek: r(80) }),
  // 13.3.2.1
  dose('iv pembrolizumab 200 mg var tredje vecka upp till 35 cykler', {
    ...drug('pembrolizumab'), ...flat(200), intervalDays: r(21), cycles: { low: null, high: 35 }, route: 'iv', intensityPerWeek: r(200 / 3),
  }),
  dose('KarPak x 6', { ...KARPAK, cycles: r(6) }),
  dose('pembrolizumab/placebo 6 cykler med 6 veckors intervall', { ...drug('pembrolizumab'), cycles: r(6), intervalDays: r(42) }),
  dose('iv pembrolizumab 400 mg var sjätte vecka', {
    ...drug('pembrolizumab'), ...flat(400), intervalDays: r(42), route: 'iv', intensityPerWeek: r(200 / 3),
  }),
  dose('sju cykler KarPak', { ...KARPAK, cycles: r(7), link: 'or' }),
  dose('iv pembrolizumab 200 mg var tredje vecka', {
    ...drug('pembrolizumab'), ...flat(200), intervalDays: r(21), route: 'iv', intensityPerWeek: r(200 / 3),
  }),
  dose('po lenvatinib 20 mg 1x1', { ...drug('lenvatinib'), ...flat(20), intervalDays: r(1), route: 'po', intensityPerWeek: r(140), link: 'with' }),
  dose('iv liposomalt doxorubicin 60 mg/m2 var tredje vecka', {
    ...drug('doxorubicin-pegylated-liposomal', 'liposomalt doxorubicin'), ...bsa(60), intervalDays: r(21), route: 'iv', intensityPerWeek: r(20),
  }),
  dose('iv paklitaxel 80 mg/m2 veckovis med paus var fjärde vecka', {
    ...drug('paclitaxel', 'paklitaxel'), ...bsa(80), intervalDays: r(7), pause: { periodDays: 28, offDays: 7 }, route: 'iv',
    intensityPerWeek: r(60), link: 'or',
  }),
  dose('dostarlimab 500 mg var 3:e vecka i 4 cykler', {
    ...drug('dostarlimab'), ...flat(500), intervalDays: r(21), cycles: r(4), phaseCount: 2, intensityPerWeek: r(500 / 3),
  }),
  dose('1 000 mg var 6:e vecka i alla efterföljande cykler till progress eller intolerabel toxicitet, dock maximalt 2 år', {
    ...drug('dostarlimab'), drugInherited: true, ...flat(1000), intervalDays: r(42), phase: 2, phaseCount: 2,
    maxDuration: twoYears, intensityPerWeek: r(500 / 3), link: 'then',
  }),
  // 13.3.2.2
  dose('medroxiprogesteronacetat (MPA) 200 mg/dag', {
    ...drug('medroxyprogesterone-acetate', 'medroxiprogesteronacetat'), ...flat(200), intervalDays: r(1), intensityPerWeek: r(1400),
  }),
  dose('1 000 mg/dag', {
    ...drug('medroxyprogesterone-acetate', 'medroxiprogesteronacetat'), drugInherited: true, ...flat(1000), intervalDays: r(1),
    intensityPerWeek: r(7000),
  }),
  dose('MPA160–200\u00a0mg/dag peroralt', {
    ...drug('medroxyprogesterone-acetate', 'MPA'), ...flat(160, 200), intervalDays: r(1), route: 'po', intensityPerWeek: r(1120, 1400),
  }),
  dose('Tamoxifen kan prövas peroralt 20–40 mg dagligen', {
    ...drug('tamoxifen', 'Tamoxifen'), ...flat(20, 40), intervalDays: r(1), route: 'po', intensityPerWeek: r(140, 280),
  }),
  // 13.3.2.3
  dose('bevacizumab till totalt 16 cykler', { ...drug('bevacizumab'), cycles: r(16) }),
  dose('KarPak x 6–8', { ...KARPAK, cycles: r(6, 8) }),
  dose('bevacizumab 15 mg/kg', { ...drug('bevacizumab'), amount: r(15), unit: 'mg/kg', doseKind: 'weight' }),
  // 13.3.2.4
  dose('sex cykler KarPak', { ...KARPAK, cycles: r(6) }),
  // 13.4.1
  radiation('2 Gy-fraktioner upp till åtminstone 64–66 Gy', { dosePerFraction: stated(2), fractions: derived(32, 33), total: stated(64, 66) }),
  radiation('8 Gy x 1–2', { dosePerFraction: stated(8), fractions: stated(1, 2), total: derived(8, 16) }),
  gy4x5('or'),
  // 13.4.2.1
  gy3x10,
  gy4x5('or'),
  // 13.4.2.2
  gy3x10,
  gy4x5('or'),
];

/** Runs `parseDoses` on each paragraph (one per line of the import) and maps offsets back to the chapter. */
function parseChapter() {
  const lexicon = realLexicon();
  const doses: ParsedDose[] = [];
  const diagnostics: { ruleId: string; text: string }[] = [];
  let offset = 0;
  for (const paragraph of chapter.split('\n')) {
    const result = parseDoses(paragraph, lexicon);
    doses.push(...result.doses.map((d) => ({ ...d, start: d.start + offset, end: d.end + offset })));
    diagnostics.push(...result.diagnostics.map((d) => ({ ruleId: d.ruleId, text: paragraph.slice(d.start, d.end) })));
    offset += paragraph.length + 1;
  }
  return { doses, diagnostics };
}

describe('chapter 13 (livmoderkroppscancer, behandling av återfall)', () => {
  const { doses, diagnostics } = parseChapter();

  it('yields exactly the 38 dose statements and nothing from other numbers', () => {
    expect(doses.map((d) => d.text)).toEqual(EXPECTED.map((d) => d.text));
  });

  it.each(EXPECTED.map((expected, index) => [index + 1, expected.text, expected] as const))(
    'statement %i: %s',
    (number, _text, expected) => {
      const actual = doses[number - 1];
      expect(actual).toBeDefined();
      if (actual === undefined) return;
      const { start, end, ...normalised } = actual;
      expect(normalised).toEqual(expected);
      expect(chapter.slice(start, end)).toBe(expected.text);
    },
  );

  it('reports only the pegylated liposomal doxorubicin dose of the KEYNOTE-775 sentence', () => {
    expect(diagnostics).toEqual([{ ruleId: 'dose-range', text: '60 mg/m2' }]);
  });
});
