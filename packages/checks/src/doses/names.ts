import type { GraphIndex } from '@guideline-as-code/model';
import { sameInBoth, type LocalizedText } from '@guideline-as-code/types';
import type { AnyDose } from './lexicon-drug.js';

/** How a message names the drug of a dose: its Swedish lexicon name, or radiotherapy. */
export function substanceName(dose: AnyDose, index: GraphIndex): LocalizedText {
  const drug = dose.drug ? index.get(dose.drug) : undefined;
  if (drug?.type === 'drug') return sameInBoth(drug.names[0] ?? drug.inn.value);
  if (dose.type === 'doseStatement' && dose.regimenText) return sameInBoth(dose.regimenText);
  if (dose.doseKind === 'radiation') return { en: 'radiotherapy', sv: 'strålbehandling' };
  return { en: 'an unrecognised drug', sv: 'ett okänt läkemedel' };
}

/** The regimen's name as editors wrote it. */
export function regimenName(component: { regimen: string }, index: GraphIndex): string {
  const regimen = index.get(component.regimen);
  return regimen?.type === 'regimen' ? regimen.name.value : component.regimen;
}
