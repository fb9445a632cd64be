import { describe, expect, it } from 'vitest';
import { calculateDosesOf } from './regimen-doses.js';
import type { DrugComponent, Regimen } from './regimen-types.js';
import type { SourceSpan } from './source-span.js';

const span = (text: string): SourceSpan => ({ file: 'guideline-src/g/13.md', line: 1, column: 1, endLine: 1, endColumn: text.length + 1, text });
const notStated = { notStated: true, source: span('ej angivet') } as const;

function component(dose: DrugComponent['dose']): DrugComponent {
  return {
    kind: 'drug',
    id: 'x/1',
    phase: 1,
    drug: { key: 'paclitaxel', inn: { notStated: false, value: 'paclitaxel', source: span('paclitaxel') }, atc: { notStated: true, source: null }, name: { notStated: false, value: 'paklitaxel', source: span('paklitaxel') } },
    dose,
    route: notStated,
    days: { notStated: true, source: null },
    interval: notStated,
    cycles: notStated,
    maxDuration: { notStated: true, source: null },
    statedIn: { notStated: false, value: ['13'], source: span('13') },
    source: span('| paklitaxel | … |'),
  };
}

function regimen(...components: DrugComponent[]): Regimen {
  return {
    id: 'x',
    name: { notStated: false, value: 'X', source: span('X') },
    kind: 'drug',
    intent: { notStated: true, source: null },
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
    const range = component({ notStated: false, value: { amount: { low: 1, high: 2 }, unit: 'mg/kg', kind: 'weight' }, source: span('1–2 mg/kg') });
    const [dose] = calculateDosesOf(regimen(range), { weight: { value: 70, unit: 'kg' } });
    expect(dose?.status === 'calculated' && [dose.low.value, dose.high.value]).toEqual([70, 140]);
  });
});
