import type { DoseStatementNode } from '@guideline-as-code/model';
import type { ComponentValues } from './component-values.js';
import { findDrug, type DrugEntry, type DrugLexicon } from '@guideline-as-code/dose';

/** Every dose of a guideline: what the text states and what its regimen tables give. */
export type AnyDose = DoseStatementNode | ComponentValues;

/** Looks up the lexicon entry of a dose's drug (graph ids are `drug:<lexicon id>`): an entry, or a substance of the index. */
export function drugEntries(lexicon: DrugLexicon): (dose: AnyDose) => DrugEntry | undefined {
  return (dose) => (dose.drug?.startsWith('drug:') ? findDrug(lexicon, dose.drug.slice('drug:'.length)) : undefined);
}

/** Where a finding about a dose points: the dose cell of a regimen row, or the statement. */
export function doseSource(dose: AnyDose) {
  return dose.type === 'regimenComponent' ? dose.doseCell : dose.source;
}
