import { parse } from 'yaml';

export type Role = 'antineoplastic' | 'endocrine' | 'supportive' | 'diluent';

/** Hand-written facts about one substance, keyed in the data files by its INN as the WHO index writes it. */
export interface SubstanceFacts {
  /** Swedish name, where the spelling rules do not give it. */
  sv?: string;
  names: string[];
  brands: string[];
  /** Why the substance is left out of the lexicon. */
  exclude?: string;
  /** For supportive substances: the ATC code of the use meant. */
  code?: string;
  role?: Role;
  note?: string;
  /** Where a hand-written name is written (data/index-names.yaml): a product text or care-programme page, by address. */
  source?: string;
}

const KEYS = new Set(['sv', 'names', 'brands', 'exclude', 'code', 'role', 'note', 'source']);
const ROLES: readonly Role[] = ['antineoplastic', 'endocrine', 'supportive', 'diluent'];

/**
 * Reads the `substances` mapping of `data/curated.yaml` or `data/supportive.yaml`. The data files
 * are maintained by hand next to this code, so a wrong key or value throws with the INN named.
 */
export function readSubstanceFacts(text: string, file: string): Map<string, SubstanceFacts> {
  const document: unknown = parse(text);
  const substances = isRecord(document) ? document['substances'] : undefined;
  if (!isRecord(substances)) throw new Error(`${file}: expected a \`substances\` mapping`);
  const facts = new Map<string, SubstanceFacts>();
  for (const [inn, value] of Object.entries(substances)) {
    if (!isRecord(value)) throw new Error(`${file}: \`${inn}\` must be a mapping`);
    const unknown = Object.keys(value).find((key) => !KEYS.has(key));
    if (unknown !== undefined) throw new Error(`${file}: \`${inn}\` has the unknown key \`${unknown}\``);
    const role = optionalString(value, 'role', inn, file);
    if (role !== undefined && !(ROLES as readonly string[]).includes(role)) throw new Error(`${file}: \`${inn}\` has the role \`${role}\``);
    facts.set(inn, {
      ...optional('sv', optionalString(value, 'sv', inn, file)),
      names: stringList(value, 'names', inn, file),
      brands: stringList(value, 'brands', inn, file),
      ...optional('exclude', optionalString(value, 'exclude', inn, file)),
      ...optional('code', optionalString(value, 'code', inn, file)),
      ...optional('role', role as Role | undefined),
      ...optional('note', optionalString(value, 'note', inn, file)),
      ...optional('source', optionalString(value, 'source', inn, file)),
    });
  }
  return facts;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `{ key: value }` when the value is present, `{}` otherwise (for exactOptionalPropertyTypes). */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function optionalString(record: Record<string, unknown>, key: string, inn: string, file: string): string | undefined {
  const value = record[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '') throw new Error(`${file}: \`${inn}.${key}\` must be a non-empty string`);
  return value;
}

function stringList(record: Record<string, unknown>, key: string, inn: string, file: string): string[] {
  const value = record[key];
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string' && item.trim() !== '')) {
    throw new Error(`${file}: \`${inn}.${key}\` must be a list of names`);
  }
  return value as string[];
}
