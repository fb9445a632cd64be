import { distance } from 'fastest-levenshtein';
import type { DrugEntry, DrugLexicon } from './lexicon-types.js';

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

/** How many distinct words the answers remember. */
const MEMORY = 50_000;

interface Spelling {
  lower: string;
  name: string;
  entry: DrugEntry;
}

export function buildNearNames(lexicon: DrugLexicon): NearNames {
  const byLength = new Map<number, Spelling[]>();
  const exact = new Set<string>();
  for (const entry of lexicon.drugs) {
    for (const name of [entry.name, ...entry.names, ...entry.brands]) {
      const lower = name.normalize('NFC').toLowerCase();
      // Only one-word spellings: a word in prose is compared with one word.
      if (/\s/.test(lower) || lower.length < SHORTEST_WORD - 2 || exact.has(lower)) continue;
      exact.add(lower);
      const list = byLength.get(lower.length) ?? [];
      list.push({ lower, name, entry });
      byLength.set(lower.length, list);
    }
  }
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

  function compare(lower: string): NearName | null {
    if (lower.length < SHORTEST_WORD || exact.has(lower)) return null;
    let best: NearName | null = null;
    for (let length = lower.length - 2; length <= lower.length + 2; length++) {
      // The longer of the two spellings sets how many edits are allowed.
      const edits = allowedEdits(Math.max(length, lower.length));
      if (Math.abs(length - lower.length) > edits) continue;
      for (const spelling of byLength.get(length) ?? []) {
        const found = distance(lower, spelling.lower);
        // Two edits only when the first letter agrees: `response` is not `Besponsa`.
        const allowed = spelling.lower.charAt(0) === lower.charAt(0) ? edits : 1;
        if (found <= allowed && (best === null || found < best.distance)) {
          best = { name: spelling.name, entry: spelling.entry, distance: found };
        }
      }
    }
    return best;
  }
}
