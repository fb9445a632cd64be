import type { Token } from '../scan/token.js';
import { createWorkCounter, type WorkCounter } from '../scan/work-counter.js';
import type { DrugEntry, DrugLexicon, RegimenEntry } from './lexicon-types.js';
import { nameKeys } from './name-keys.js';
import { ownValue, substanceEntry, type SubstanceIndex } from './substance-index.js';

export type NamedEntry = DrugEntry | RegimenEntry;

interface TrieNode {
  /** Null on a node no longer name goes through (most names are one word): no map to make. */
  next: Map<string, TrieNode> | null;
  entry: NamedEntry | null;
}

/**
 * Finds drug and regimen names in a token stream, longest name first, so that
 * `pegylerat liposomalt doxorubicin` wins over `doxorubicin`. Names are compared token by
 * token in lower case; a name is at most `maxLength` tokens, which keeps matching linear.
 * The entries and regimens are put in a trie; the substances of the index are looked up in
 * the index's own tables, which come ready from the compiled lexicon. Of two names of the same
 * length, an entry's or a regimen's wins (the loader leaves out index lines that clash).
 */
export interface NameIndex {
  /** The entry whose name starts at `tokens[at]`, with the number of tokens it spans. */
  match(tokens: readonly Token[], at: number, work: WorkCounter): { entry: NamedEntry; length: number } | null;
}

export function buildNameIndex(lexicon: DrugLexicon): NameIndex {
  const root: TrieNode = { next: new Map(), entry: null };
  let maxLength = 0;
  const scratch = createWorkCounter();
  const entries: NamedEntry[] = [...lexicon.drugs, ...lexicon.regimens];
  for (const entry of entries) {
    for (const name of namesOf(entry)) {
      const keys = nameKeys(name, scratch);
      if (keys.length === 0) continue;
      maxLength = Math.max(maxLength, keys.length);
      let node = root;
      for (const key of keys) {
        node.next ??= new Map();
        let child = node.next.get(key);
        if (child === undefined) {
          child = { next: null, entry: null };
          node.next.set(key, child);
        }
        node = child;
      }
      // The first entry to claim a name keeps it; the loader reports duplicates.
      node.entry ??= entry;
    }
  }
  const substances = lexicon.substances ?? null;
  return {
    match(tokens, at, work) {
      let node: TrieNode | undefined = root;
      let best: { entry: NamedEntry; length: number } | null = null;
      for (let length = 1; length <= maxLength && at + length <= tokens.length; length++) {
        work.steps++;
        const token = tokens[at + length - 1];
        if (token === undefined) break;
        node = node.next?.get(token.lower);
        if (node === undefined) break;
        if (node.entry !== null) best = { entry: node.entry, length };
      }
      const substance = substances === null ? null : matchSubstance(substances, tokens, at, work);
      return substance !== null && substance.length > (best?.length ?? 0) ? substance : best;
    },
  };
}

/** The longest spelling of the substance index that starts at `tokens[at]`. */
function matchSubstance(index: SubstanceIndex, tokens: readonly Token[], at: number, work: WorkCounter): { entry: NamedEntry; length: number } | null {
  const first = tokens[at];
  if (first === undefined) return null;
  let best: { row: number; length: number } | null = null;
  const one = ownValue(index.names, first.lower);
  if (one !== undefined) best = { row: one, length: 1 };
  const longest = ownValue(index.longest, first.lower) ?? 1;
  let key = first.lower;
  for (let length = 2; length <= longest && at + length <= tokens.length; length++) {
    work.steps++;
    key += ` ${tokens[at + length - 1]?.lower ?? ''}`;
    const row = ownValue(index.names, key);
    if (row !== undefined) best = { row, length };
  }
  const entry = best === null ? undefined : substanceEntry(index, best.row);
  return best === null || entry === undefined ? null : { entry, length: best.length };
}

/**
 * The names matched in prose: the name, the other spellings and, for a drug, its brand names.
 * The INN is not matched by itself: pegylated liposomal doxorubicin has the INN `doxorubicin`.
 */
function namesOf(entry: NamedEntry): string[] {
  return entry.kind === 'drug' ? [entry.name, ...entry.names, ...entry.brands] : [entry.name, ...entry.names];
}
