/**
 * Writes and merges the guideline's references.yaml (CSL-JSON written as YAML).
 *
 * The plain-text chapter prints only reference numbers, never the reference list, so an entry
 * can say no more than its number. The bibliographic fields are listed under `not-stated`
 * rather than filled in: inventing an author or a year would be worse than a gap. Editors fill
 * the entries from the programme's reference list later, so a re-import adds missing numbers
 * and never removes an entry or changes a field that is already there.
 */
import { Document, isMap, isSeq, parseDocument, Scalar, YAMLMap, YAMLSeq } from 'yaml';

/** CSL-JSON fields a citation number alone cannot give. */
export const NOT_STATED_FIELDS = ['type', 'author', 'title', 'container-title', 'issued'] as const;

export const REFERENCES_HEADER = [
  ' References of this guideline: CSL-JSON written as YAML, one entry per cited reference number.',
  ' `id` is the number as printed in the chapter text and is what a citation [@83] resolves to.',
  '',
  ' Entries were created by tools/import-rcc. The published chapter text prints only the reference',
  ' numbers, not the reference list, so type, author, title, container-title and issued are unknown',
  ' here and listed under `not-stated`; they were deliberately not filled in from memory. Editors',
  ' fill them in from the care programme\'s reference list and remove them from `not-stated`.',
  ' A re-import adds entries for new numbers and never removes or overwrites an existing field.',
].join('\n');

export interface ReferencesMerge {
  readonly yaml: string;
  readonly added: readonly number[];
  readonly kept: number;
}

function entryKey(item: unknown): string | undefined {
  if (!isMap(item)) return undefined;
  const id = item.get('id');
  return id === undefined || id === null ? undefined : String(id);
}

function sortKey(item: unknown): number {
  if (!isMap(item)) return Infinity;
  const n = Number(item.get('citation-number') ?? item.get('id'));
  return Number.isFinite(n) ? n : Infinity;
}

function newEntry(doc: Document, n: number): YAMLMap {
  const id = new Scalar(String(n));
  id.type = Scalar.QUOTE_DOUBLE; // ids are strings in CSL-JSON; quoting keeps YAML from reading 83 as a number
  const notStated = doc.createNode([...NOT_STATED_FIELDS]) as YAMLSeq;
  notStated.flow = true;
  const entry = new YAMLMap();
  entry.add(doc.createPair('id', id));
  entry.add(doc.createPair('citation-number', n));
  entry.add(doc.createPair('not-stated', notStated));
  return entry;
}

/** Adds an entry for every cited number not yet in `existing` (the current file's text, if any). */
export function mergeReferences(existing: string | undefined, cited: readonly number[]): ReferencesMerge {
  const doc = existing !== undefined && existing.trim() !== '' ? parseDocument(existing) : new Document(new YAMLSeq());
  if (doc.errors.length > 0) throw new Error(`references.yaml is not valid YAML: ${doc.errors[0]?.message ?? ''}`);
  if (doc.contents === null) doc.contents = new YAMLSeq() as never;
  const seq = doc.contents;
  if (!isSeq(seq)) throw new Error('references.yaml must be a YAML list of entries');
  if (doc.commentBefore === null || doc.commentBefore === undefined) doc.commentBefore = REFERENCES_HEADER;

  const present = new Set(seq.items.map(entryKey).filter((k): k is string => k !== undefined));
  const kept = present.size;
  const added = [...new Set(cited)].sort((a, b) => a - b).filter((n) => !present.has(String(n)));
  // Nothing to add: leave the editors' file byte for byte as it is.
  if (added.length === 0 && existing !== undefined && existing.trim() !== '') return { yaml: existing, added, kept };
  for (const n of added) seq.items.push(newEntry(doc, n));
  // Stable sort by number: new entries land in their place, existing ones keep their order.
  seq.items.sort((a, b) => sortKey(a) - sortKey(b) || 0);
  return { yaml: doc.toString({ lineWidth: 0, flowCollectionPadding: false }), added, kept };
}
