import type { CorpusItem, LabelledDose } from './corpus.js';
import type { ReadDose, ReadItem } from './read-item.js';

export const FIELDS = ['drug', 'amount', 'unit', 'interval', 'days', 'cycles', 'route', 'role'] as const;
export type Field = (typeof FIELDS)[number];

export interface FieldCount {
  /** Read and equal to the label. */
  right: number;
  /** Fields the grammar gave a value (precision's denominator). */
  read: number;
  /** Fields the label states (recall's denominator). */
  labelled: number;
}

export interface Miss {
  item: string;
  field: Field | 'dose';
  expected: string;
  got: string;
}

export interface Score {
  items: number;
  uncertainItems: number;
  labelledDoses: number;
  readDoses: number;
  fields: Record<Field, FieldCount>;
  /** Labelled doses read with another drug than the label's. */
  wrongDrug: number;
  /** Doses read that the label does not have (a strength, a quantity, a threshold read as a dose). */
  extraDoses: number;
  /** Statements without an amount (a drug or regimen with cycles; not doses, see `ReadItem.courses`). */
  courses: number;
  /** Labelled doses with a stated field the grammar did not read or read wrong, with no finding on the item. */
  silentPartial: number;
  /** Of the silent partial readings: how many missed each field, and how many were not read at all. */
  silentByField: Record<Field, number>;
  silentUnread: number;
  /** Labelled doses with no reading paired to them (with or without a finding). */
  unreadDoses: number;
  /** Labelled drugs not read (no dose, or a dose without a drug): their name in the item's text, or only in its context. */
  drugMissedNamed: number;
  drugMissedContextOnly: number;
  /** For the drugs not read although the text names them: how many items' findings carry each rule id. */
  drugMissedNamedFindings: Record<string, number>;
  /** Ids of the items with a wrong drug, an extra dose and a silent partial reading (listed for tune only). */
  wrongDrugItems: string[];
  extraDoseItems: string[];
  silentPartialItems: string[];
  drugMissedNamedItems: string[];
  misses: Miss[];
}

export function emptyScore(): Score {
  const fields = Object.fromEntries(FIELDS.map((f) => [f, { right: 0, read: 0, labelled: 0 }])) as Record<Field, FieldCount>;
  return {
    items: 0, uncertainItems: 0, labelledDoses: 0, readDoses: 0, fields, wrongDrug: 0, extraDoses: 0, courses: 0, silentPartial: 0,
    silentByField: Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>, silentUnread: 0, unreadDoses: 0, drugMissedNamed: 0, drugMissedContextOnly: 0, drugMissedNamedFindings: {},
    wrongDrugItems: [], extraDoseItems: [], silentPartialItems: [], drugMissedNamedItems: [], misses: [],
  };
}

/** The label's value of a field, null when the label does not state it. */
function labelled(dose: LabelledDose, field: Field): unknown {
  switch (field) {
    case 'drug': return dose.drug;
    case 'amount': return dose.amount;
    case 'unit': return dose.unit;
    case 'interval': return dose.intervalDays;
    case 'days': return dose.days ?? null;
    case 'cycles': return dose.cycles;
    case 'route': return dose.route;
    case 'role': return dose.role;
  }
}

function read(dose: ReadDose, field: Field): unknown {
  switch (field) {
    case 'interval': return dose.intervalDays;
    default: return dose[field];
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Whether the drug read is the labelled one: the same id, or a salt whose active moiety the
 * lexicon gives as the labelled id (the corpus labels the moiety, `glycopyrronium`; the text's
 * `glykopyrron` is the ATC index's `glycopyrronium-bromide`). The lexicon knows the moiety; this
 * tool only reads it.
 */
const sameDrug = (label: string | null, got: ReadDose) => got.drug === label || (label !== null && got.moiety === label);
const show = (value: unknown) => (value === null || value === undefined ? '—' : JSON.stringify(value));

/**
 * Pairs labelled and read doses: first by amount and unit in reading order, then what is left
 * in reading order. A read dose left over is a dose the label does not have.
 */
function pair(labels: readonly LabelledDose[], reads: readonly ReadDose[]): (ReadDose | null)[] {
  const free = new Set(reads.map((_, i) => i));
  const take = (test: (r: ReadDose) => boolean): ReadDose | null => {
    for (const i of free) {
      const r = reads[i];
      if (r !== undefined && test(r)) {
        free.delete(i);
        return r;
      }
    }
    return null;
  };
  const paired = labels.map((label) => take((r) => same(r.amount, label.amount) && r.unit === label.unit));
  return paired.map((found, index) => found ?? (labels[index] === undefined ? null : take(() => true)));
}

/** Adds one item's reading to the score. */
export function scoreItem(score: Score, item: CorpusItem, reading: ReadItem): void {
  score.items++;
  if (item.uncertain) {
    score.uncertainItems++;
    return;
  }
  score.labelledDoses += item.doses.length;
  score.readDoses += reading.doses.length;
  score.courses += reading.courses.length;
  const paired = pair(item.doses, reading.doses);
  const matched = new Set(paired);
  for (const extra of reading.doses.filter((r) => !matched.has(r))) {
    score.misses.push({ item: item.id, field: 'dose', expected: '—', got: extra.text });
    score.extraDoses++;
    score.extraDoseItems.push(item.id);
    for (const field of FIELDS) if (read(extra, field) !== null) score.fields[field].read++;
  }
  item.doses.forEach((label, index) => {
    const got = paired[index] ?? null;
    if (got === null) score.unreadDoses++;
    if (label.drug !== null && (got === null || got.drug === null)) {
      if (reading.namedInText.has(label.drug)) {
        score.drugMissedNamed++;
        score.drugMissedNamedItems.push(item.id);
        for (const rule of new Set(reading.findings.map((finding) => finding.split(':')[0] ?? ''))) {
          score.drugMissedNamedFindings[rule] = (score.drugMissedNamedFindings[rule] ?? 0) + 1;
        }
      } else score.drugMissedContextOnly++;
    }
    const missed: Field[] = [];
    for (const field of FIELDS) {
      const expected = labelled(label, field);
      const value = got === null ? null : read(got, field);
      const count = score.fields[field];
      if (value !== null) count.read++;
      if (expected !== null) count.labelled++;
      const right = field === 'drug' && got !== null ? sameDrug(label.drug, got) : same(expected, value);
      if (expected !== null && value !== null && right) count.right++;
      else if (expected !== null || value !== null) {
        score.misses.push({ item: item.id, field, expected: show(expected), got: show(value) });
        if (expected !== null) missed.push(field);
      }
    }
    if (got !== null && got.drug !== null && !sameDrug(label.drug, got)) {
      score.wrongDrug++;
      score.wrongDrugItems.push(item.id);
    }
    if (missed.length > 0 && reading.findings.length === 0) {
      score.silentPartial++;
      score.silentPartialItems.push(item.id);
      if (got === null) score.silentUnread++;
      else for (const field of missed) score.silentByField[field]++;
    }
  });
}

export const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)} %`);
