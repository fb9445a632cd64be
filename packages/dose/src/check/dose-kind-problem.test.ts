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

  it('accepts million units for a drug the lexicon doses in them', () => {
    expect(doseKindProblem({ amount: { low: 0.5, high: 0.5 }, unit: 'MU/kg', doseKind: 'units-per-weight' }, drug('filgrastim'))).toBeNull();
    expect(doseKindProblem({ amount: { low: 30, high: 30 }, unit: 'MU', doseKind: 'units' }, drug('filgrastim'))).toBeNull();
  });

  it('reports million units for a drug whose entry states no dose kinds at all', () => {
    expect(doseKindProblem({ amount: { low: 30, high: 30 }, unit: 'MU', doseKind: 'units' }, drug('docetaxel'))?.message.sv).toBe(
      'Dosen `30 ME` för `docetaxel` är en fast dos i miljoner enheter; lexikonet anger inte att `docetaxel` ges i miljoner enheter',
    );
    // A mass dose of the same drug is still not checked.
    expect(doseKindProblem({ amount: { low: 75, high: 75 }, unit: 'mg/m2', doseKind: 'body-surface' }, drug('docetaxel'))).toBeNull();
  });

  it('reports million units for a drug dosed in mass, naming its kinds', () => {
    expect(doseKindProblem({ amount: { low: 200, high: 200 }, unit: 'MU', doseKind: 'units' }, drug('pembrolizumab'))?.message.en).toBe(
      'Dose `200 ME` for `pembrolizumab` is a flat dose in million units; `pembrolizumab` is given as flat doses (`mg`) or weight-based doses (`mg/kg`)',
    );
  });

  it('never checks a substance known only from the ATC index', () => {
    const indexOnly = { ...drug('docetaxel'), id: 'interferon-alfa-2b', name: 'interferon alfa-2b', doseKinds: [], tier: 'atc-index' as const };
    expect(doseKindProblem({ amount: { low: 3, high: 3 }, unit: 'MU', doseKind: 'units' }, indexOnly)).toBeNull();
  });
});
