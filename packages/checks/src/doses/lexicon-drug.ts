import type { DoseStatementNode } from '@guideline-as-code/model';
import type { ComponentValues } from './component-values.js';
import type { DrugEntry, DrugLexicon } from '@guideline-as-code/dose';

/** Every dose of a guideline: what the text states and what its regimen tables give. */
export type AnyDose = DoseStatementNode | ComponentValues;

/** Looks up the lexicon entry of a dose's drug (graph ids are `drug:<lexicon id>`). */
export function drugEntries(lexicon: DrugLexicon): (dose: AnyDose) => DrugEntry | undefined {
  let byId = byIdOf.get(lexicon.drugs);
  if (byId === undefined) byIdOf.set(lexicon.drugs, (byId = new Map(lexicon.drugs.map((drug) => [`drug:${drug.id}`, drug]))));
  const found = byId;
  return (dose) => (dose.drug ? found.get(dose.drug) : undefined);
}

/**
 * The drugs by graph id, per list of drugs: three rules ask on every check, and a language
 * server checks on every edit with the same list (thousands of substances with the index).
 */
const byIdOf = new WeakMap<readonly DrugEntry[], Map<string, DrugEntry>>();

/** Where a finding about a dose points: the dose cell of a regimen row, or the statement. */
export function doseSource(dose: AnyDose) {
  return dose.type === 'regimenComponent' ? dose.doseCell : dose.source;
}
