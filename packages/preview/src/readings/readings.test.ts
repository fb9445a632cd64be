import type { DoseStatementNode } from '@guideline-as-code/model';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PreviewGuideline } from '../site-input.js';
import { realGuideline } from '../test-support/real-guideline.js';
import { conditionText } from './condition-text.js';
import { doseReading } from './dose-reading.js';

describe('readings of the real chapter', () => {
  let guideline: PreviewGuideline;
  beforeAll(async () => {
    guideline = await realGuideline();
  });

  it('reads the dostarlimab maintenance dose in Swedish and English, with what the text leaves out', () => {
    const dose = guideline.graph.nodes.find((node): node is DoseStatementNode => node.type === 'doseStatement' && node.text.startsWith('1000 mg var 6:e vecka'))!;
    const sv = Object.fromEntries(doseReading(dose, guideline.graph, 'sv').map((line) => [line.label, line.value]));
    expect(sv['Läkemedel']).toBe('dostarlimab (INN dostarlimab, ATC L01FF07)');
    expect(sv['Dos']).toBe('1\u00a0000 mg (fast dos)');
    expect(sv['Intervall']).toBe('var 42:e dag');
    expect(sv['Väg']).toBe('ej angivet');
    expect(sv['Maximal behandlingstid']).toBe('2 år');
    const en = Object.fromEntries(doseReading(dose, guideline.graph, 'en').map((line) => [line.label, line.value]));
    expect(en['Interval']).toBe('every 42 days');
    expect(en['Route']).toBe('not stated');
  });

  it('says a rule’s condition with the labels of the patient facts', () => {
    const condition = { op: 'or' as const, args: [{ op: 'is' as const, fact: 'prior-platinum', value: false }, { op: 'compare' as const, fact: 'months-since-platinum', comparator: '>=' as const, value: 6 }] };
    expect(conditionText(condition, guideline.patientFacts, 'sv')).toMatch(/^Tidigare platinumbaserad behandling: .+ eller .+ minst 6/);
  });

  it('shows a fact the vocabulary does not know by its id, never a guess', () => {
    expect(conditionText({ op: 'and', args: [{ op: 'is', fact: 'okänd-uppgift', value: 'x' }, { op: 'not', arg: { op: 'always' } }] }, guideline.patientFacts, 'sv')).toBe('okänd-uppgift: x och inte alltid');
  });
});
