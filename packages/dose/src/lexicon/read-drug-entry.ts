import type { ParsedNode } from 'yaml';
import type { DoseKind, DoseUnit } from '../dose-types.js';
import type { AtcFact, DoseKindFact, DrugEntry, DrugRole, PlausibleRange, UnknownFact } from './lexicon-types.js';
import { quoted, type NamedNode, type YamlReader } from './yaml-reader.js';

const DRUG_KEYS = ['id', 'kind', 'name', 'inn', 'role', 'names', 'brands', 'atc', 'doseKinds', 'ranges', 'unknown', 'note'];
const ROLES: readonly DrugRole[] = ['antineoplastic', 'endocrine', 'supportive', 'diluent'];
const DOSE_KINDS: readonly DoseKind[] = ['flat', 'body-surface', 'weight', 'auc', 'radiation'];
/** The dose kind each unit belongs to; a range's unit must match a declared kind. */
const KIND_OF_UNIT: ReadonlyMap<string, DoseKind> = new Map<DoseUnit, DoseKind>([
  ['mg', 'flat'],
  ['mg/m2', 'body-surface'],
  ['mg/kg', 'weight'],
  ['mg/mL.min', 'auc'],
  ['Gy', 'radiation'],
]);
const RANGE_KEYS = ['unit', 'amount', 'intervalDays', 'maxPerWeek', 'source', 'note'];
const ATC_CODE = /^[A-Z][0-9]{2}[A-Z]{2}[0-9]{2}$/;
const ENTRY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An entry with the YAML nodes of the names matched in prose (`name`, `names`), for duplicate checks. */
export interface ReadEntry<T> {
  entry: T;
  nameNodes: NamedNode[];
}

/** Reads a drug entry; facts that are wrong or lack a source are reported and left out. */
export function readDrugEntry(reader: YamlReader, root: ParsedNode): ReadEntry<DrugEntry> | null {
  const entries = reader.map(root, 'the drug entry', DRUG_KEYS, ['id', 'name', 'inn', 'atc']);
  if (entries === null) return null;
  const id = reader.string(entries.get('id'), '`id`');
  const name = reader.string(entries.get('name'), '`name`');
  const inn = reader.string(entries.get('inn'), '`inn`');
  if (id === null || name === null || inn === null) return null;
  if (!ENTRY_ID.test(id)) {
    reader.report('lexicon-invalid-value', entries.get('id'), `\`id\` \`${id}\` must be lower-case words joined by hyphens`);
    return null;
  }
  const names = reader.names(entries.get('names'), '`names`');
  const brands = reader.names(entries.get('brands'), '`brands`');
  const doseKinds = reader.list(entries.get('doseKinds'), '`doseKinds`', (item) => readDoseKind(reader, item));
  const declared = new Set(doseKinds.map((fact) => fact.kind));
  const entry: DrugEntry = {
    kind: 'drug',
    id,
    name,
    inn,
    names: names.map((named) => named.value),
    brands: brands.map((named) => named.value),
    role: readRole(reader, entries.get('role')),
    atc: readAtc(reader, entries.get('atc')),
    doseKinds,
    ranges: reader.list(entries.get('ranges'), '`ranges`', (item) => readRange(reader, item, declared)),
    unknown: reader.list(entries.get('unknown'), '`unknown`', (item) => readUnknown(reader, item)),
    position: reader.span(root),
  };
  const nameNodes = [...namedNode(entries.get('name'), name), ...names, ...brands];
  return { entry, nameNodes };
}

/** The node of a `name` value, as a one-element list (empty when absent). */
function namedNode(node: ParsedNode | undefined, value: string): NamedNode[] {
  return node === undefined ? [] : [{ value, node }];
}

function readRole(reader: YamlReader, node: ParsedNode | undefined): DrugRole | null {
  const role = reader.string(node, '`role`');
  if (role === null || (ROLES as readonly string[]).includes(role)) return role as DrugRole | null;
  reader.report('lexicon-invalid-value', node, `Role \`${role}\` is not one of ${quoted(ROLES)}`);
  return null;
}

function readAtc(reader: YamlReader, node: ParsedNode | undefined): AtcFact | null {
  if (node === undefined) return null;
  const entries = reader.map(node, '`atc`', ['code', 'aliases', 'source'], ['code', 'source']);
  if (entries === null) return null;
  const code = reader.string(entries.get('code'), '`atc.code`');
  const source = reader.string(entries.get('source'), '`atc.source`');
  if (code === null || source === null) return null;
  const codes = [code, ...reader.list(entries.get('aliases'), '`atc.aliases`', (item) => reader.string(item, 'an ATC alias'))];
  const wrong = codes.find((candidate) => !ATC_CODE.test(candidate));
  if (wrong !== undefined) {
    reader.report('lexicon-invalid-value', node, `ATC code \`${wrong}\` is not of the form \`L01XA02\``);
    return null;
  }
  return { code, aliases: codes.slice(1), source, position: reader.span(node) };
}

function readDoseKind(reader: YamlReader, node: ParsedNode | null): DoseKindFact | null {
  const entries = reader.map(node, 'a dose kind', ['kind', 'source'], ['kind', 'source']);
  if (entries === null) return null;
  const kind = reader.string(entries.get('kind'), '`kind`');
  const source = reader.string(entries.get('source'), 'the dose kind `source`');
  if (kind === null || source === null) return null;
  if (!(DOSE_KINDS as readonly string[]).includes(kind)) {
    reader.report('lexicon-invalid-value', entries.get('kind'), `Dose kind \`${kind}\` is not one of ${quoted(DOSE_KINDS)}`);
    return null;
  }
  return { kind: kind as DoseKind, source, position: reader.span(node) };
}

function readRange(reader: YamlReader, node: ParsedNode | null, declared: ReadonlySet<DoseKind>): PlausibleRange | null {
  const entries = reader.map(node, 'a range', RANGE_KEYS, ['unit', 'amount', 'source']);
  if (entries === null) return null;
  const unit = reader.string(entries.get('unit'), '`unit`');
  const amount = reader.range(entries.get('amount'), '`amount`');
  const source = reader.string(entries.get('source'), 'the range `source`');
  const intervalNode = entries.get('intervalDays');
  const intervalDays = reader.range(intervalNode, '`intervalDays`');
  const maxNode = entries.get('maxPerWeek');
  const maxPerWeek = maxNode === undefined ? null : reader.number(maxNode, '`maxPerWeek`');
  const noteNode = entries.get('note');
  const note = noteNode === undefined ? null : reader.string(noteNode, '`note`');
  if (unit === null || amount === null || source === null) return null;
  const unusable = (intervalNode !== undefined && intervalDays === null) || (maxNode !== undefined && maxPerWeek === null);
  if (unusable) return null;
  const kind = KIND_OF_UNIT.get(unit);
  if (kind === undefined) {
    reader.report('lexicon-invalid-value', entries.get('unit'), `Unit \`${unit}\` is not one of ${quoted([...KIND_OF_UNIT.keys()])}`);
    return null;
  }
  if (!declared.has(kind)) {
    reader.report('lexicon-invalid-value', entries.get('unit'), `Range in \`${unit}\` needs dose kind \`${kind}\` in \`doseKinds\``);
    return null;
  }
  return { unit: unit as DoseUnit, amount, intervalDays, maxPerWeek, source, note, position: reader.span(node) };
}

function readUnknown(reader: YamlReader, node: ParsedNode | null): UnknownFact | null {
  const entries = reader.map(node, 'an unknown fact', ['fact', 'reason'], ['fact', 'reason']);
  if (entries === null) return null;
  const fact = reader.string(entries.get('fact'), '`fact`');
  const reason = reader.string(entries.get('reason'), '`reason`');
  return fact === null || reason === null ? null : { fact, reason };
}
