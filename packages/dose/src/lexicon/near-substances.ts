import { distance } from 'fastest-levenshtein';
import type { NearName } from './near-names.js';
import { ownValue, substanceEntry, type SubstanceIndex } from './substance-index.js';

/**
 * The spelling of the substance index one edit from a word (`lower`, lower case, not itself a
 * spelling), or null: the shortest, then the first in the index. A spelling with the same first
 * letter is compared by edit distance within its bucket (`8:a`); one whose first letter differs
 * can be one edit away only by that letter changed, added or dropped, so it is looked up.
 */
export function nearestSubstance(index: SubstanceIndex, lower: string): (NearName & { length: number }) | null {
  let best: { word: string; row: number } | null = null;
  const consider = (word: string, row: number | undefined) => {
    if (row === undefined) return;
    if (best === null || word.length < best.word.length || (word.length === best.word.length && row < best.row)) best = { word, row };
  };
  const first = lower.charAt(0);
  for (let length = lower.length - 1; length <= lower.length + 1; length++) {
    for (const word of bucket(index, `${length}:${first}`)) if (distance(lower, word) === 1) consider(word, ownValue(index.words, word));
  }
  const rest = lower.slice(1);
  for (const letter of firstLetters(index)) {
    if (letter === first) continue;
    consider(letter + rest, ownValue(index.words, letter + rest));
    consider(letter + lower, ownValue(index.words, letter + lower));
  }
  consider(rest, ownValue(index.words, rest));
  if (best === null) return null;
  const { word, row } = best as { word: string; row: number };
  const entry = substanceEntry(index, row);
  if (entry === undefined) return null;
  // The spelling as the index writes it.
  const name = [entry.name, ...entry.names].find((spelling) => spelling.normalize('NFC').toLowerCase() === word) ?? word;
  return { name, entry, distance: 1, length: word.length };
}

/** The spellings of one bucket, split once per index. */
function bucket(index: SubstanceIndex, key: string): readonly string[] {
  let split = bucketsOf.get(index);
  if (split === undefined) bucketsOf.set(index, (split = new Map()));
  let words = split.get(key);
  if (words === undefined) {
    const joined = ownValue(index.buckets, key);
    split.set(key, (words = joined === undefined ? [] : joined.split(' ')));
  }
  return words;
}

const bucketsOf = new WeakMap<SubstanceIndex, Map<string, readonly string[]>>();

/** The letters a spelling of the index starts with, from the bucket keys (`8:a`). */
function firstLetters(index: SubstanceIndex): readonly string[] {
  let letters = lettersOf.get(index);
  if (letters === undefined) {
    letters = [...new Set(Object.keys(index.buckets).map((key) => key.slice(key.indexOf(':') + 1)))];
    lettersOf.set(index, letters);
  }
  return letters;
}

const lettersOf = new WeakMap<SubstanceIndex, readonly string[]>();
