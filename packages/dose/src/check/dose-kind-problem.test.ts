import { describe, expect, it } from 'vitest';
import { realLexicon } from '../__fixtures__/real-lexicon.js';
import { doseKindProblem } from './dose-kind-problem.js';

const drug = (id: string) => {
  const entry = realLexicon().drugs.find((d) => d.id === id);
  if (entry === undefined) throw new Error(`no ${id} in the lexicon`);
  return entry;
};

describe('doseKindProblem', () => {
  it('accepts a kind the drug is given in', () => {
    expect(doseKindProblem({ amount: { low: 500, high: 500 }, unit: 'mg', doseKind: 'flat' }, drug('dostarlimab'))).toBeNull();
    expect(doseKindProblem({ amount: { low: 5, high: 5 }, unit: 'mg/mL.min', doseKind: 'auc' }, drug('carboplatin'))).toBeNull();
  });

  it('names every kind a drug is given in', () => {
    expect(doseKindProblem({ amount: { low: 200, high: 200 }, unit: 'mg/m2', doseKind: 'body-surface' }, drug('pembrolizumab'))?.message.en).toBe(
      'Dose `200 mg/m2` for `pembrolizumab` is body-surface based; `pembrolizumab` is given as flat doses (`mg`) or weight-based doses (`mg/kg`)',
    );
  });

  it('says nothing when the lexicon states no dose kinds', () => {
    expect(doseKindProblem({ amount: { low: 52, high: 52 }, unit: 'mg', doseKind: 'flat' }, drug('levonorgestrel'))).toBeNull();
  });
});
