import { describe, expect, it } from 'vitest';
import { calculateDosesOf } from './regimen-doses.js';
import type { DrugComponent, Regimen } from './regimen-types.js';
import type { Source } from '@guideline-as-code/types';

const span = (text: string): Source => ({ file: 'guideline-src/g/13.md', start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: text.length + 1, offset: text.length } });
const stated = <T>(value: T, text: string) => ({ notStated: false, value, source: span(text), text }) as const;
const notStated = { notStated: true, source: span('ej angivet'), text: 'ej angivet' } as const;
const silent = { notStated: true, source: null, text: null } as const;

function component(dose: DrugComponent['dose']): DrugComponent {
  return {
    kind: 'drug',
    id: 'x/1',
    phase: 1,
    drug: { key: 'paclitaxel', inn: stated('paclitaxel', 'paclitaxel'), atc: silent, name: stated('paklitaxel', 'paklitaxel') },
    dose,
    route: notStated,
    days: silent,
    interval: notStated,
    cycles: notStated,
    maxDuration: silent,
    statedIn: stated(['13'], '13'),
    source: span('| paklitaxel | … |'),
  };
}

function regimen(...components: DrugComponent[]): Regimen {
  return {
    id: 'x',
    name: stated('X', 'X'),
    kind: 'drug',
    intent: silent,
    section: { number: '13', title: 'T', source: span('# 13 T') },
    phases: 1,
    components,
    recommendations: [],
    source: span(':::regimen[X]'),
  };
}

describe('calculateDosesOf', () => {
  it('never calculates a dose the guideline does not state', () => {
    const [dose] = calculateDosesOf(regimen(component(notStated)), { height: { value: 170, unit: 'cm' }, weight: { value: 70, unit: 'kg' } });
    expect(dose).toMatchObject({ status: 'dose-not-stated', component: { id: 'x/1' } });
  });

  it('calculates both ends of a stated range', () => {
    const range = component(stated({ amount: { low: 1, high: 2 }, unit: 'mg/kg', kind: 'weight' }, '1–2 mg/kg'));
    const [dose] = calculateDosesOf(regimen(range), { weight: { value: 70, unit: 'kg' } });
    expect(dose?.status === 'calculated' && [dose.low.value, dose.high.value]).toEqual([70, 140]);
  });

  it('calculates a dose in million units per kg by weight, in million units (filgrastim 0,5 ME/kg × 70 kg)', () => {
    const units = component(stated({ amount: { low: 0.5, high: 0.5 }, unit: '10*6.[iU]/kg', kind: 'weight' }, '0,5 ME/kg'));
    const [dose] = calculateDosesOf(regimen(units), { weight: { value: 70, unit: 'kg' } });
    expect(dose?.status === 'calculated' && [dose.low.value, dose.low.unit]).toEqual([35, '10*6.[iU]']);
  });
});

