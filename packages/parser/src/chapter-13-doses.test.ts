// Dose statements and regimens of the real chapter 13, as `guideline graph --json` lists them.
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { GraphIndex, type DoseStatementNode, type RegimenComponentNode } from '@guideline-as-code/model';
import { statedValue, type NotStated } from '@guideline-as-code/types';
import { loadGuideline } from './index.js';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
let index: GraphIndex;
let doses: DoseStatementNode[];

beforeAll(async () => {
  index = new GraphIndex((await loadGuideline(projectRoot, 'livmoderkroppscancer')).graph);
  doses = index.ofType('doseStatement');
});

const summary = (d: DoseStatementNode) => [d.role, d.trial, d.drug ?? d.regimen, d.amount && `${d.amount.low}–${d.amount.high} ${d.unit}`, d.intervalDays?.low ?? null];

describe('dose statements of chapter 13', () => {
  it('finds the 38 dose statements with their role, trial, drug, amount and interval', () => {
    expect(doses.map(summary)).toEqual([
      ['recommendation', null, 'drug:carboplatin', '5–5 mg/mL.min', null],
      ['recommendation', null, 'drug:paclitaxel', '175–175 mg/m2', null],
      ['recommendation', null, 'drug:dostarlimab', '500–500 mg', 21],
      ['recommendation', null, 'drug:dostarlimab', '1000–1000 mg', 42],
      ['recommendation', null, 'drug:doxorubicin', '60–60 mg/m2', null],
      ['recommendation', null, 'drug:doxorubicin-pegylated-liposomal', '40–40 mg/m2', null],
      ['recommendation', null, 'drug:paclitaxel', '80–80 mg/m2', 7],
      ['practice', null, 'drug:carboplatin', '5–5 mg/mL.min', null],
      ['practice', null, 'drug:paclitaxel', '175–175 mg/m2', null],
      ['practice', null, 'drug:doxorubicin-pegylated-liposomal', '40–40 mg/m2', 28],
      ['trialArm', null, 'drug:paclitaxel', '175–200 mg/m2', 21],
      ['practice', null, 'drug:paclitaxel', '80–80 mg/m2', 7],
      ['trialArm', 'trial:keynote-158', 'drug:pembrolizumab', '200–200 mg', 21],
      ['trialArm', 'trial:keynote-b21', 'regimen:karpak', null, null],
      ['trialArm', 'trial:keynote-b21', 'drug:pembrolizumab', null, 42],
      ['trialArm', 'trial:engot-en15', 'drug:pembrolizumab', '400–400 mg', 42],
      ['trialArm', 'trial:engot-en15', 'regimen:karpak', null, null],
      ['trialArm', 'trial:keynote-775', 'drug:pembrolizumab', '200–200 mg', 21],
      ['trialArm', 'trial:keynote-775', 'drug:lenvatinib', '20–20 mg', 1],
      ['trialArm', 'trial:keynote-775', 'drug:doxorubicin-pegylated-liposomal', '60–60 mg/m2', 21],
      ['trialArm', 'trial:keynote-775', 'drug:paclitaxel', '80–80 mg/m2', 7],
      ['recommendation', null, 'drug:dostarlimab', '500–500 mg', 21],
      ['recommendation', null, 'drug:dostarlimab', '1000–1000 mg', 42],
      ['trialArm', null, 'drug:medroxyprogesterone-acetate', '200–200 mg', 1],
      ['trialArm', null, 'drug:medroxyprogesterone-acetate', '1000–1000 mg', 1],
      ['recommendation', null, 'drug:medroxyprogesterone-acetate', '160–200 mg', 1],
      ['recommendation', null, 'drug:tamoxifen', '20–40 mg', 1],
      ['trialArm', null, 'drug:bevacizumab', null, null],
      ['trialArm', 'trial:mito-end-2', 'regimen:karpak', null, null],
      ['trialArm', 'trial:mito-end-2', 'drug:bevacizumab', '15–15 mg/kg', null],
      ['trialArm', null, 'regimen:karpak', null, null],
      ['recommendation', null, null, '2–2 Gy', null],
      ['recommendation', null, null, '8–8 Gy', null],
      ['recommendation', null, null, '4–4 Gy', null],
      ['recommendation', null, null, '3–3 Gy', null],
      ['recommendation', null, null, '4–4 Gy', null],
      ['practice', null, null, '3–3 Gy', null],
      ['practice', null, null, '4–4 Gy', null],
    ]);
  });

  it('normalises the fields the issue names: INN, ATC, UCUM unit, cycles, phases, maximum duration, route', () => {
    const dostarlimab = doses.filter((d) => d.drug === 'drug:dostarlimab');
    expect(dostarlimab[0]).toMatchObject({ inn: 'dostarlimab', atc: 'L01FF07', unit: 'mg', doseKind: 'flat', cycles: { low: 4, high: 4 }, phase: 1, phaseCount: 2 });
    expect(dostarlimab[1]).toMatchObject({ phase: 2, maxDuration: { value: 2, unit: 'a' }, intensityPerWeek: dostarlimab[0]!.intensityPerWeek });
    const keynote158 = doses.find((d) => d.trial === 'trial:keynote-158');
    expect(keynote158).toMatchObject({ route: 'iv', cycles: { low: null, high: 35 } });
    expect(doses.find((d) => d.drug === 'drug:carboplatin')).toMatchObject({ unit: 'mg/mL.min', doseKind: 'auc', atc: 'L01XA02' });
    expect(doses.find((d) => d.amount?.low === 2 && d.unit === 'Gy')?.fractionation).toMatchObject({
      dosePerFraction: { low: 2, high: 2, derived: false },
      total: { low: 64, high: 66, derived: false },
      fractions: { low: 32, high: 33, derived: true },
    });
  });

  it('keeps the exact source text at its source position', async () => {
    const { readFile } = await import('node:fs/promises');
    const text = await readFile(new URL('../../../guideline-src/livmoderkroppscancer/13-behandling-av-aterfall.md', import.meta.url), 'utf8');
    for (const dose of doses) expect(text.slice(dose.source.start.offset, dose.source.end.offset), dose.id).toBe(dose.text);
  });
});

describe('regimens of chapter 13', () => {
  it('defines the regimens the chapter recommends, from its :::regimen blocks', () => {
    expect(index.ofType('regimen').map((r) => [r.key, r.name.value, r.kind, statedValue(r.intent) ?? null])).toEqual([
      ['karpak', 'KarPak', 'drug', 'palliative'],
      ['doxorubicin', 'Doxorubicin', 'drug', 'palliative'],
      ['pegylerat-liposomalt-doxorubicin', 'Pegylerat liposomalt doxorubicin', 'drug', 'palliative'],
      ['paklitaxel-veckovis', 'Paklitaxel veckovis', 'drug', 'palliative'],
      ['dostarlimab', 'Dostarlimab', 'drug', 'palliative'],
      ['mpa', 'MPA', 'drug', 'palliative'],
      ['tamoxifen', 'Tamoxifen', 'drug', 'palliative'],
      ['ert-boost', 'ERT med boost vid solitärt centralt bäckenåterfall', 'radiotherapy', null],
      ['palliativ-stralbehandling', 'Palliativ strålbehandling', 'radiotherapy', 'palliative'],
    ]);
  });

  it('records what the text does not give as not stated, never filled in', () => {
    const karpak = index.targets('regimen:karpak', 'contains');
    const notGiven = [['route', 'ej angivet'], ['intervalDays', 'ej angivet'], ['pause', 'ej angivet'], ['cycles', 'ej angivet'], ['cyclesInWords', null], ['maxDuration', null], ['fractionation', null], ['intensityPerWeek', null]];
    const notStated = (row: RegimenComponentNode) =>
      Object.entries(row).filter(([, field]) => (field as { notStated?: unknown } | null)?.notStated === true).map(([name, field]) => [name, (field as NotStated).text]);
    expect(karpak.map((row) => row.type === 'regimenComponent' && [row.drug, statedValue(row.amount)?.low, statedValue(row.unit), notStated(row)])).toEqual([
      ['drug:carboplatin', 5, 'mg/mL.min', notGiven],
      ['drug:paclitaxel', 175, 'mg/m2', notGiven],
    ]);
  });

  it('points every stated field at its table cell, with the cell’s exact text', async () => {
    const { readFile } = await import('node:fs/promises');
    const text = await readFile(new URL('../../../guideline-src/livmoderkroppscancer/13-behandling-av-aterfall.md', import.meta.url), 'utf8');
    for (const row of index.ofType('regimenComponent')) {
      const dose = row.amount.notStated ? row.fractionation : row.amount;
      expect(dose.notStated, row.id).toBe(false);
      expect(text.slice(dose.source!.start.offset, dose.source!.end.offset), row.id).toBe(dose.text);
      expect(dose.text, row.id).toMatch(/^\d[\d ]*(–\d+)? (mg|mg\/m2|Gy)|^AUC 5$|^2 Gy-fraktioner/);
    }
  });
});
