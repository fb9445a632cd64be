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
  units: 'a flat dose in million units',
  'units-per-weight': 'a weight-based dose in million units',
};

const IS_KIND_SV: Record<DoseKind, string> = {
  flat: 'en fast dos',
  'body-surface': 'kroppsytebaserad',
  weight: 'viktbaserad',
  auc: 'ett mål-AUC',
  radiation: 'en stråldos',
  units: 'en fast dos i miljoner enheter',
  'units-per-weight': 'en viktbaserad dos i miljoner enheter',
};

const GIVEN_AS_SV: Record<DoseKind, string> = {
  flat: 'fasta doser (`mg`)',
  'body-surface': 'kroppsytebaserade doser (`mg/m2`)',
  weight: 'viktbaserade doser (`mg/kg`)',
  auc: 'doser efter mål-AUC (`AUC`)',
  radiation: 'stråldoser (`Gy`)',
  units: 'fasta doser i miljoner enheter (`ME`)',
  'units-per-weight': 'viktbaserade doser i miljoner enheter (`ME/kg`)',
};

const GIVEN_AS: Record<DoseKind, string> = {
  flat: 'flat doses (`mg`)',
  'body-surface': 'body-surface based doses (`mg/m2`)',
  weight: 'weight-based doses (`mg/kg`)',
  auc: 'target AUC doses (`AUC`)',
  radiation: 'radiation doses (`Gy`)',
  units: 'flat doses in million units (`MU`)',
  'units-per-weight': 'weight-based doses in million units (`MU/kg`)',
};

/** Kinds in million units: only a few biologics (G-CSF, interferons, interleukin-2) are dosed so. */
const UNIT_KINDS: ReadonlySet<DoseKind> = new Set(['units', 'units-per-weight']);

/**
 * Whether the dose is written in a kind the drug is never given in, e.g. `dostarlimab
 * 500 mg/m2` (dostarlimab is only given as flat doses). Null when the kind fits or the
 * lexicon states no dose kinds for the drug, except for a dose in million units: a drug of the
 * lexicon is dosed in units only where an entry says so (`docetaxel 30 ME` is a problem even
 * though docetaxel's entry states no dose kinds). A substance known only from the ATC index
 * (`tier: 'atc-index'`) has no facts at all and is never checked.
 */
export function doseKindProblem(dose: Pick<ParsedDose, 'amount' | 'unit' | 'doseKind'>, drug: DrugEntry): DoseProblem | null {
  const kind = dose.doseKind;
  if (kind === null || drug.tier === 'atc-index') return null;
  if (drug.doseKinds.length === 0 && !UNIT_KINDS.has(kind)) return null;
  if (drug.doseKinds.some((fact) => fact.kind === kind)) return null;
  const amount = formatAmountText(dose);
  if (drug.doseKinds.length === 0) {
    return {
      ruleId: 'unit-kind',
      message: {
        en: `Dose \`${amount}\` for \`${drug.name}\` is ${IS_KIND[kind]}; the lexicon does not give \`${drug.name}\` in million units`,
        sv: `Dosen \`${amount}\` för \`${drug.name}\` är ${IS_KIND_SV[kind]}; lexikonet anger inte att \`${drug.name}\` ges i miljoner enheter`,
      },
    };
  }
  const givenAs = drug.doseKinds.map((fact) => GIVEN_AS[fact.kind]).join(' or ');
  const givenAsSv = drug.doseKinds.map((fact) => GIVEN_AS_SV[fact.kind]).join(' eller ');
  return {
    ruleId: 'unit-kind',
    message: {
      en: `Dose \`${amount}\` for \`${drug.name}\` is ${IS_KIND[kind]}; \`${drug.name}\` is given as ${givenAs}`,
      sv: `Dosen \`${amount}\` för \`${drug.name}\` är ${IS_KIND_SV[kind]}; \`${drug.name}\` ges som ${givenAsSv}`,
    },
  };
}
