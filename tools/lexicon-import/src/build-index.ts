import type { LeftOut } from './build-entries.js';
import { idOf } from './build-entries.js';
import type { SubstanceFacts } from './read-data.js';
import type { WhoAtc } from './read-who-atc.js';
import { activeMoiety } from './active-moiety.js';
import { swedishSubstanceName } from './swedish-spelling.js';

/** One substance of the index: a drug the lexicon has no entry for, known by its names and ATC codes. */
export interface IndexSubstance {
  id: string;
  /** Swedish name: the first name matched in prose. */
  name: string;
  /** The name as the WHO index writes it (a trailing qualifier such as `(vit B1)` dropped). */
  inn: string;
  /** Every ATC code of the name, in code order; the first is the main code. */
  codes: string[];
  /** Other names matched in prose: the INN where it differs, and the hand-written names. */
  names: string[];
  /**
   * For a salt or ester, the id of its active moiety when the lexicon or the index knows that
   * substance (`glycopyrronium-bromide` → `glycopyrronium`); null otherwise (`activeMoiety`).
   */
  moiety: string | null;
}

export interface IndexInput {
  atc: WhoAtc;
  /** Hand-written Swedish names (data/index-names.yaml). */
  swedishNames: ReadonlyMap<string, SubstanceFacts>;
  /** ATC codes (main and aliases) of every lexicon entry, hand-written or generated. */
  lexiconCodes: ReadonlySet<string>;
  /** Every id, name, spelling, brand and INN of the lexicon entries, in lower case. */
  lexiconNames: ReadonlySet<string>;
  /** Words no drug name may be (lower case): common Swedish and English words. */
  commonWords: ReadonlySet<string>;
}

/** ATC groups whose level-5 entries are not substances named in prose. */
const GROUPS_LEFT_OUT: ReadonlyMap<string, string> = new Map([
  ['V01', 'an allergen extract (V01), not a single substance'],
  ['J07', 'a vaccine (J07), named by the disease it prevents, not a single substance'],
]);

const COMBINATION = /\band\b|\bcombinations?\b|\bvarious\b|\bothers?\b|\bexcl\.|\bincl\.|\bwith(out)?\b|,/;

/** A name of a group or a kind of product (`zinc compounds`, `amino acids`, `electrolytes`), not of one substance. */
const GROUP = /\b(preparations|compounds|drugs|agents|solutions|resins|emulsions|complexes|substitutes|organisms|hydrolysates|concentrates|supplements|acids|alkaloids|glycosides|leaves|esters|phospholipids|electrolytes|carbohydrates|erythrocytes|thrombocytes|bromides|edetates|cannabinoids|silicones|multienzymes|estrogens|bromelains)$/;

/**
 * The substance index: every single substance (level-5 name) of the WHO ATC index that the
 * lexicon has no entry for, with its Swedish name. Left out, each with its reason: combinations
 * and groups, allergen extracts and vaccines, names with a qualifier inside them (chemical
 * names, `technetium (99mTc) …`), substances the lexicon already has, and names that are common
 * words or that two substances of the index would share (a name that could mean either is no
 * name to recognise). In id order, so that the same input always gives the same index.
 */
export function buildIndex(input: IndexInput): { substances: IndexSubstance[]; leftOut: LeftOut[] } {
  const leftOut: LeftOut[] = [];
  const codesByName = new Map<string, string[]>();
  for (const [name, codes] of input.atc.codesOf) {
    const code = codes[0] ?? '';
    const reason = whyNotASubstance(name, codes, input);
    if (reason !== null) {
      leftOut.push({ inn: name, code, reason });
      continue;
    }
    const inn = name.replace(/ \([^()]*\)$/, '');
    codesByName.set(inn, [...(codesByName.get(inn) ?? []), ...codes].sort());
  }
  const unused = [...input.swedishNames.keys()].filter((inn) => !codesByName.has(inn));
  if (unused.length > 0) throw new Error(`index-names.yaml: not substances of the index: ${unused.join(', ')}`);
  const candidates = [...codesByName].map(([inn, codes]) => candidateOf(inn, codes, input, leftOut)).filter((found) => found !== null);
  const owners = new Map<string, number>();
  for (const candidate of candidates) for (const name of candidate.names) owners.set(name.toLowerCase(), (owners.get(name.toLowerCase()) ?? 0) + 1);
  const substances: IndexSubstance[] = [];
  for (const candidate of candidates) {
    const names = candidate.names.filter((name) => owners.get(name.toLowerCase()) === 1);
    const [name, ...others] = names;
    if (name === undefined) leftOut.push({ inn: candidate.inn, code: candidate.codes[0] ?? '', reason: 'every name is shared with another substance of the index' });
    else substances.push({ id: idOf(candidate.inn), name, inn: candidate.inn, codes: candidate.codes, names: others, moiety: null });
  }
  const known = new Set([...substances.map((substance) => substance.id), ...input.lexiconNames]);
  for (const substance of substances) substance.moiety = activeMoiety(substance.inn, known);
  substances.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  leftOut.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : a.inn < b.inn ? -1 : 1));
  return { substances, leftOut };
}

function whyNotASubstance(name: string, codes: readonly string[], input: IndexInput): string | null {
  if (COMBINATION.test(name.replace(/ \([^()]*\)$/, '')) || /combination/.test(name)) return 'a combination, not a single substance';
  if (GROUP.test(name.replace(/ \([^()]*\)$/, ''))) return 'a group or a kind of product, not a single substance';
  const group = codes.map((code) => GROUPS_LEFT_OUT.get(code.slice(0, 3))).find((reason) => reason !== undefined);
  if (group !== undefined && codes.every((code) => GROUPS_LEFT_OUT.has(code.slice(0, 3)))) return group;
  if (/[()]/.test(name.replace(/ \([^()]*\)$/, '')) || !/^[a-z]/i.test(name)) return 'a name with a qualifier or a number inside it, not written so in prose';
  if (codes.some((code) => input.lexiconCodes.has(code))) return 'in the lexicon';
  return null;
}

/** The names of one substance that may be matched in prose, or null (and why, in `leftOut`). */
function candidateOf(inn: string, codes: string[], input: IndexInput, leftOut: LeftOut[]): { inn: string; codes: string[]; names: string[] } | null {
  const facts = input.swedishNames.get(inn);
  if (facts !== undefined && facts.source === undefined) throw new Error(`index-names.yaml: \`${inn}\` needs a source`);
  const code = codes[0] ?? '';
  const wanted = [facts?.sv ?? swedishSubstanceName(inn), inn, ...(facts?.names ?? [])];
  if (wanted.some((name) => input.lexiconNames.has(name.toLowerCase())) || input.lexiconNames.has(idOf(inn))) {
    leftOut.push({ inn, code, reason: 'in the lexicon' });
    return null;
  }
  // A substance whose INN is a common word (`oxygen`) is left out with all its names: its
  // Swedish spelling (`oxigen`) is a form of the same word, not a drug name of its own.
  if (input.commonWords.has(inn.toLowerCase())) {
    leftOut.push({ inn, code, reason: 'its name is a common word' });
    return null;
  }
  const names: string[] = [];
  for (const name of wanted) {
    const lower = name.toLowerCase();
    if (input.commonWords.has(lower) || name.length < 3 || names.some((taken) => taken.toLowerCase() === lower)) continue;
    names.push(name);
  }
  if (names.length === 0) {
    leftOut.push({ inn, code, reason: 'every name is a common word or shorter than three letters' });
    return null;
  }
  return { inn, codes, names };
}
