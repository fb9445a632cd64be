import { findDrug, parseDoses, type DrugLexicon, type ParsedDose } from '@guideline-as-code/dose';
import type { CorpusItem } from './corpus.js';

/** The fields the corpus labels, as the grammar read them (null: not read). */
export interface ReadDose {
  drug: string | null;
  /**
   * The active moiety the lexicon gives the drug read, for a salt of the ATC index
   * (`glycopyrronium-bromide` → `glycopyrronium`); null otherwise. The corpus labels the moiety.
   */
  moiety: string | null;
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
  /** Statements with an amount: what the corpus labels as doses. */
  doses: ReadDose[];
  /**
   * Statements without an amount: a drug or regimen with a cycle count or a schedule
   * (`tre cykler pembrolizumab`, `sju cykler KarPak`). The grammar keeps them (the chapter's
   * regimen statements are such), but the labelling guide counts no dose there.
   */
  courses: ReadDose[];
  /** Findings of the grammar on the item (unknown drug, dose without drug, …). */
  findings: string[];
  /**
   * The labelled drugs whose name (a lexicon name or brand) the item's text holds; a labelled drug
   * not among them is written only in its context (a table's row or header, an earlier sentence).
   */
  namedInText: ReadonlySet<string>;
}

/**
 * Reads one item through the dose package with the real lexicon, as the parser does for every
 * sentence of a chapter (`parseDoses` with the lexicon the parser loads), range and kind checks
 * included: a corpus item is one sentence or a short span, so no chapter structure is needed.
 * The item's section heading and the source's title are passed as the headings above the item,
 * nearest first, so that a dose whose drug is written only there gets it (the labelling guide's
 * "drug from context"), as a chapter's sentence gets the headings of the sections it stands in.
 * A dose of a substance known only from the WHO ATC index gets the finding the check gives it
 * on a chapter (`drug-not-in-lexicon`: no range, dose kind or role is checked), so that its
 * missing role is counted as reported, as an editor would see it, not as silent.
 */
export function readItem(item: CorpusItem, lexicon: DrugLexicon): ReadItem {
  const { doses, diagnostics } = parseDoses(item.text, lexicon, { heading: item.heading === undefined ? item.title : [item.heading, item.title] });
  const indexOnly = indexOnlyDrugs(lexicon);
  const moieties = moietiesOf(lexicon);
  const read = doses.map((dose) => toReadDose(dose, moieties));
  return {
    doses: read.filter((dose) => !isCourse(dose)),
    courses: read.filter(isCourse),
    findings: [
      ...diagnostics.map((d) => `${d.ruleId}: ${d.message.en}`),
      ...doses.filter((dose) => dose.drug !== null && indexOnly.has(dose.drug)).map((dose) => `drug-not-in-lexicon: ${dose.drug}`),
    ],
    namedInText: labelledDrugsNamed(item, lexicon),
  };
}

/** The labelled drugs that the item's text names, by any lexicon name or brand, as a plain substring of its lower-case text. */
function labelledDrugsNamed(item: CorpusItem, lexicon: DrugLexicon): Set<string> {
  const text = item.text.toLowerCase();
  const named = new Set<string>();
  for (const dose of item.doses) {
    const entry = dose.drug === null ? undefined : findDrug(lexicon, dose.drug);
    if (entry === undefined || dose.drug === null) continue;
    if ([entry.name, entry.inn, ...entry.names, ...entry.brands].some((name) => name.length > 0 && text.includes(name.toLowerCase()))) named.add(dose.drug);
  }
  return named;
}

/** A statement with neither an amount nor a unit (`tre cykler pembrolizumab`); radiotherapy with only a total (`78 Gy`) is still read as a dose. */
const isCourse = (dose: ReadDose) => dose.amount === null && dose.unit === null;

const indexOnlyByLexicon = new WeakMap<DrugLexicon, Set<string>>();

/** The ids of the drugs known only from the substance index, worked out once per lexicon. */
function indexOnlyDrugs(lexicon: DrugLexicon): Set<string> {
  let ids = indexOnlyByLexicon.get(lexicon);
  if (ids === undefined) {
    ids = new Set(lexicon.substances?.rows.map((row) => row[2]) ?? []);
    indexOnlyByLexicon.set(lexicon, ids);
  }
  return ids;
}

const moietiesByLexicon = new WeakMap<DrugLexicon, Map<string, string>>();

/** The active moiety of each salt the lexicon knows one for, by drug id, worked out once per lexicon. */
function moietiesOf(lexicon: DrugLexicon): Map<string, string> {
  let moieties = moietiesByLexicon.get(lexicon);
  if (moieties === undefined) {
    const ofEntries = lexicon.drugs.flatMap((drug) => (drug.moiety === undefined ? [] : [[drug.id, drug.moiety] as const]));
    const ofIndex = (lexicon.substances?.rows ?? []).flatMap(([, , id, , , , , moiety]) => (moiety === '' ? [] : [[id, moiety] as const]));
    moieties = new Map([...ofEntries, ...ofIndex]);
    moietiesByLexicon.set(lexicon, moieties);
  }
  return moieties;
}

function toReadDose(dose: ParsedDose, moieties: ReadonlyMap<string, string>): ReadDose {
  return {
    drug: dose.drug,
    moiety: dose.drug === null ? null : (moieties.get(dose.drug) ?? null),
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
