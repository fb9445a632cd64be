import { parseDoses, type DrugLexicon, type ParsedDose } from '@guideline-as-code/dose';
import type { CorpusItem } from './corpus.js';

/** The fields the corpus labels, as the grammar read them (null: not read). */
export interface ReadDose {
  drug: string | null;
  amount: [number, number] | null;
  unit: string | null;
  route: string | null;
  intervalDays: [number, number] | null;
  days: number[] | null;
  cycles: [number | null, number | null] | null;
  role: string | null;
  text: string;
}

export interface ReadItem {
  doses: ReadDose[];
  /** Findings of the grammar on the item (unknown drug, dose without drug, …). */
  findings: string[];
}

/**
 * Reads one item through the dose package with the real lexicon, as the parser does for every
 * sentence of a chapter (`parseDoses` with the lexicon the parser loads), range and kind checks
 * included: a corpus item is one sentence or a short span, so no chapter structure is needed.
 * The source's title is passed as the heading above the item, so that a dose whose drug is
 * written only in the title gets it (the labelling guide's "drug from context").
 */
export function readItem(item: CorpusItem, lexicon: DrugLexicon): ReadItem {
  const { doses, diagnostics } = parseDoses(item.text, lexicon, { heading: item.title });
  return {
    doses: doses.map(toReadDose),
    findings: diagnostics.map((d) => `${d.ruleId}: ${d.message.en}`),
  };
}

function toReadDose(dose: ParsedDose): ReadDose {
  return {
    drug: dose.drug,
    amount: dose.amount === null ? null : [dose.amount.low, dose.amount.high],
    unit: dose.unit,
    route: dose.route,
    intervalDays: dose.intervalDays === null ? null : [dose.intervalDays.low, dose.intervalDays.high],
    days: dose.days,
    cycles: dose.cycles === null ? null : [dose.cycles.low, dose.cycles.high],
    // The corpus labels radiotherapy as therapy; the grammar gives it no drug role.
    role: dose.unit === 'Gy' ? 'therapy' : dose.drugRole,
    text: dose.text,
  };
}
