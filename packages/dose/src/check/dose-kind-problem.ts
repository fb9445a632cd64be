import type { LocalizedText } from '@guideline-as-code/types';
import type { DoseKind, DoseRuleId, ParsedDose } from '../dose-types.js';
import { formatAmountText } from '../format/format-amount.js';
import type { DrugEntry } from '../lexicon/lexicon-types.js';

/** A problem with one dose, without a position: the caller knows where the dose stands. */
export interface DoseProblem {
  ruleId: DoseRuleId;
  message: LocalizedText;
}

const IS_KIND: Record<DoseKind, string> = {
  flat: 'a flat dose',
  'body-surface': 'body-surface based',
  weight: 'weight based',
  auc: 'a target AUC',
  radiation: 'a radiation dose',
};

const IS_KIND_SV: Record<DoseKind, string> = {
  flat: 'en fast dos',
  'body-surface': 'kroppsytebaserad',
  weight: 'viktbaserad',
  auc: 'ett mål-AUC',
  radiation: 'en stråldos',
};

const GIVEN_AS_SV: Record<DoseKind, string> = {
  flat: 'fasta doser (`mg`)',
  'body-surface': 'kroppsytebaserade doser (`mg/m2`)',
  weight: 'viktbaserade doser (`mg/kg`)',
  auc: 'doser efter mål-AUC (`AUC`)',
  radiation: 'stråldoser (`Gy`)',
};

const GIVEN_AS: Record<DoseKind, string> = {
  flat: 'flat doses (`mg`)',
  'body-surface': 'body-surface based doses (`mg/m2`)',
  weight: 'weight-based doses (`mg/kg`)',
  auc: 'target AUC doses (`AUC`)',
  radiation: 'radiation doses (`Gy`)',
};

/**
 * Whether the dose is written in a kind the drug is never given in, e.g. `dostarlimab
 * 500 mg/m2` (dostarlimab is only given as flat doses). Null when the kind fits or the
 * lexicon states no dose kinds for the drug.
 */
export function doseKindProblem(dose: Pick<ParsedDose, 'amount' | 'unit' | 'doseKind'>, drug: DrugEntry): DoseProblem | null {
  const kind = dose.doseKind;
  if (kind === null || drug.doseKinds.length === 0) return null;
  if (drug.doseKinds.some((fact) => fact.kind === kind)) return null;
  const givenAs = drug.doseKinds.map((fact) => GIVEN_AS[fact.kind]).join(' or ');
  const givenAsSv = drug.doseKinds.map((fact) => GIVEN_AS_SV[fact.kind]).join(' eller ');
  const amount = formatAmountText(dose);
  return {
    ruleId: 'unit-kind',
    message: {
      en: `Dose \`${amount}\` for \`${drug.name}\` is ${IS_KIND[kind]}; \`${drug.name}\` is given as ${givenAs}`,
      sv: `Dosen \`${amount}\` för \`${drug.name}\` är ${IS_KIND_SV[kind]}; \`${drug.name}\` ges som ${givenAsSv}`,
    },
  };
}
