import { distance } from 'fastest-levenshtein';
import type { DrugEntry, DrugLexicon } from './lexicon-types.js';
import { PROSE_WORDS } from './prose-words.js';
import { nearestSubstance } from './near-substances.js';
import { ownValue } from './substance-index.js';

/** A lexicon spelling close to a word that is not in the lexicon. */
export interface NearName {
  /** The spelling as the lexicon writes it (`paklitaxel`, `Keytruda`). */
  name: string;
  entry: DrugEntry;
  distance: number;
}

/**
 * Finds the lexicon name (any spelling or brand) within a small edit distance of a word, to
 * tell a misspelt drug (`paklitaxl`) from prose. Edit distance comes from `fastest-levenshtein`.
 * A word of ordinary prose (`mellan`, two letters from `melfalan`) is never a misspelling: see
 * `prose-words.ts`. The substances of the index are searched in their own tables
 * (`near-substances.ts`), one edit at most.
 */
export interface NearNames {
  nearest(word: string): NearName | null;
}

/** Words shorter than this are never compared: too many short words are one edit from a name. */
const SHORTEST_WORD = 5;

/**
 * How many edits a word may be from a name, `length` being the longer of the two: one for 5–7
 * letters, two from 8 letters on. Long drug names are rarely one edit from Swedish prose; short ones often are.
 */
export function allowedEdits(length: number): number {
  if (length < SHORTEST_WORD) return 0;
  return length >= 8 ? 2 : 1;
}

/**
 * The edits allowed towards one spelling: one at most towards a substance of the ATC index.
 * Those thousands of substances are rarely named in oncology prose, while Swedish words two
 * letters from one of them are common (`starten`, `spartein`).
 */
function editsTowards(spelling: { entry: DrugEntry }, edits: number): number {
  return spelling.entry.tier === 'atc-index' ? Math.min(edits, 1) : edits;
}

/** How many distinct words the answers remember. */
const MEMORY = 50_000;

interface Spelling {
  lower: string;
  name: string;
  entry: DrugEntry;
  /** Where the spelling stands among those of its length: of two equally near, the first wins. */
  order: number;
}

/**
 * The spellings of one length, grouped for the two ways a word may be near one: by first letter
 * (up to `allowedEdits`, compared by edit distance), and by the rest after the first letter (one
 * edit that changes the first letter: found by lookup, not by comparing with every spelling).
 */
interface LengthGroup {
  byFirst: Map<string, Spelling[]>;
  byRest: Map<string, Spelling[]>;
  byWhole: Map<string, Spelling>;
  size: number;
}

export function buildNearNames(lexicon: DrugLexicon, proseWords: ReadonlySet<string> = PROSE_WORDS): NearNames {
  const byLength = new Map<number, LengthGroup>();
  const exact = new Set<string>();
  for (const entry of lexicon.drugs) {
    for (const name of [entry.name, ...entry.names, ...entry.brands]) {
      const lower = name.normalize('NFC').toLowerCase();
      // Only one-word spellings: a word in prose is compared with one word.
      if (/\s/.test(lower) || lower.length < SHORTEST_WORD - 2 || exact.has(lower)) continue;
      exact.add(lower);
      let group = byLength.get(lower.length);
      if (group === undefined) {
        group = { byFirst: new Map(), byRest: new Map(), byWhole: new Map(), size: 0 };
        byLength.set(lower.length, group);
      }
      const spelling: Spelling = { lower, name, entry, order: group.size++ };
      push(group.byFirst, lower.charAt(0), spelling);
      push(group.byRest, lower.slice(1), spelling);
      group.byWhole.set(lower, spelling);
    }
  }
  const substances = lexicon.substances ?? null;
  // Prose repeats its words; each distinct word is compared with the lexicon once.
  const answers = new Map<string, NearName | null>();
  return {
    nearest(word) {
      const lower = word.normalize('NFC').toLowerCase();
      const known = answers.get(lower);
      if (known !== undefined) return known;
      const found = compare(lower);
      if (answers.size < MEMORY) answers.set(lower, found);
      return found;
    },
  };

  /**
   * The nearest spelling within the allowed edits: the fewest edits, then the shortest
   * spelling, then the first of its length. Two edits only when the first letter agrees
   * (`response` is not `Besponsa`); a spelling whose first letter differs is one edit away only
   * by that letter changed, added or dropped, so it is looked up by the rest of the word.
   */
  function compare(lower: string): NearName | null {
    if (lower.length < SHORTEST_WORD || exact.has(lower) || proseWords.has(lower)) return null;
    if (substances !== null && ownValue(substances.words, lower) !== undefined) return null;
    const first = lower.charAt(0);
    let best: (NearName & { length: number; order: number }) | null = null;
    const consider = (spelling: Spelling, found: number) => {
      const key = [found, spelling.lower.length, spelling.order];
      const current = best === null ? null : [best.distance, best.length, best.order];
      if (current === null || compareKeys(key, current) < 0) {
        best = { name: spelling.name, entry: spelling.entry, distance: found, length: spelling.lower.length, order: spelling.order };
      }
    };
    for (let length = lower.length - 2; length <= lower.length + 2; length++) {
      // The longer of the two spellings sets how many edits are allowed.
      const edits = allowedEdits(Math.max(length, lower.length));
      const group = byLength.get(length);
      if (group === undefined || Math.abs(length - lower.length) > edits) continue;
      for (const spelling of group.byFirst.get(first) ?? []) {
        const found = distance(lower, spelling.lower);
        if (found <= editsTowards(spelling, edits)) consider(spelling, found);
      }
      // One edit at the first letter: changed (same length), added (one longer) or dropped (one shorter).
      const oneEdit = length === lower.length ? group.byRest.get(lower.slice(1)) ?? []
        : length === lower.length + 1 ? group.byRest.get(lower) ?? []
        : length === lower.length - 1 ? [group.byWhole.get(lower.slice(1))].filter((spelling) => spelling !== undefined)
        : [];
      for (const spelling of oneEdit) if (spelling.lower.charAt(0) !== first) consider(spelling, 1);
    }
    // A substance of the index is one edit away at most; of two as near and as long, an entry wins.
    const substance = substances === null ? null : nearestSubstance(substances, lower);
    const found = best as (NearName & { length: number }) | null;
    if (substance !== null && (found === null || compareKeys([1, substance.length], [found.distance, found.length]) < 0)) {
      const { name, entry } = substance;
      return { name, entry, distance: 1 };
    }
    if (found === null) return null;
    const { name, entry, distance: edits } = found;
    return { name, entry, distance: edits };
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}
