import type { Token } from '../scan/token.js';
import { tokenize } from '../scan/tokenize.js';
import { createWorkCounter, type WorkCounter } from '../scan/work-counter.js';
import type { DrugEntry, DrugLexicon, RegimenEntry } from './lexicon-types.js';

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
      return best;
    },
  };
}

/** Words of plain ASCII letters separated by single spaces: what most names are. */
const PLAIN_WORDS = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

/**
 * The lower-case tokens of a name, as `tokenize` gives them. A name of plain words is split
 * without the tokenizer, which gives the same tokens: with the thousands of names of the
 * substance index, tokenizing each would cost every check more than reading its chapter.
 */
export function nameKeys(name: string, work: WorkCounter): string[] {
  if (PLAIN_WORDS.test(name)) return name.toLowerCase().split(' ');
  return tokenize(name, work).map((token) => token.lower);
}

/**
 * The names matched in prose: the name, the other spellings and, for a drug, its brand names.
 * The INN is not matched by itself: pegylated liposomal doxorubicin has the INN `doxorubicin`.
 */
function namesOf(entry: NamedEntry): string[] {
  return entry.kind === 'drug' ? [entry.name, ...entry.names, ...entry.brands] : [entry.name, ...entry.names];
}
