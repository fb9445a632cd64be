import { distance } from 'fastest-levenshtein';
import { describe, expect, it } from 'vitest';
import { readChapter, realLexicon, realSubstances } from '../__fixtures__/real-lexicon.js';
import type { DrugEntry } from './lexicon-types.js';
import { allowedEdits, buildNearNames, type NearName } from './near-names.js';
import { PROSE_WORDS } from './prose-words.js';
import { substanceEntry } from './substance-index.js';

interface Spelling {
  lower: string;
  name: string;
  entry: DrugEntry;
}

/** Every one-word spelling of the lexicon, in lexicon order. */
function spellingsOf(drugs: readonly DrugEntry[]): Spelling[] {
  const spellings: Spelling[] = [];
  const seen = new Set<string>();
  for (const entry of drugs) {
    for (const name of [entry.name, ...entry.names, ...entry.brands]) {
      const spelling = name.normalize('NFC').toLowerCase();
      if (/\s/.test(spelling) || spelling.length < 3 || seen.has(spelling)) continue;
      seen.add(spelling);
      spellings.push({ lower: spelling, name, entry });
    }
  }
  return spellings;
}

/** The rule as the doc comment states it, by comparing with every spelling: the reference the lookup must agree with. */
function nearestByBruteForce(word: string, spellings: readonly Spelling[]): NearName | null {
  const lower = word.normalize('NFC').toLowerCase();
  if (lower.length < 5 || PROSE_WORDS.has(lower) || spellings.some((spelling) => spelling.lower === lower)) return null;
  let best: NearName | null = null;
  for (let length = lower.length - 2; length <= lower.length + 2; length++) {
    const edits = allowedEdits(Math.max(length, lower.length));
    if (Math.abs(length - lower.length) > edits) continue;
    for (const spelling of spellings.filter((candidate) => candidate.lower.length === length)) {
      const found = distance(lower, spelling.lower);
      const allowed = spelling.entry.tier === 'atc-index' ? 1 : spelling.lower.charAt(0) === lower.charAt(0) ? edits : 1;
      if (found <= allowed && (best === null || found < best.distance)) best = { name: spelling.name, entry: spelling.entry, distance: found };
    }
  }
  return best;
}

/** Each word with one letter changed, added or dropped at its start, middle and end. */
function mutations(word: string): string[] {
  const out: string[] = [];
  for (const at of [0, Math.floor(word.length / 2), word.length - 1]) {
    out.push(word.slice(0, at) + 'x' + word.slice(at + 1), word.slice(0, at) + 'e' + word.slice(at), word.slice(0, at) + word.slice(at + 1));
  }
  return out;
}

describe('buildNearNames', () => {
  const { drugs } = realLexicon();
  const near = buildNearNames({ drugs, regimens: [] });
  const spellings = spellingsOf(drugs);

  it('finds the same nearest spelling as comparing with every spelling, for the chapter’s words and misspelt lexicon names', () => {
    const chapterWords = [...new Set(readChapter().match(/[\p{L}-]{5,}/gu) ?? [])];
    const names = drugs.flatMap((drug) => [drug.name, ...drug.names]).filter((name) => !/\s/.test(name));
    const words = [...chapterWords, ...names.flatMap(mutations)];
    const differ = words.filter((word) => JSON.stringify(near.nearest(word)?.name ?? null) !== JSON.stringify(nearestByBruteForce(word, spellings)?.name ?? null));
    expect(differ).toEqual([]);
    expect(words.filter((word) => near.nearest(word) !== null).length).toBeGreaterThan(names.length);
  }, 120_000);

  it('allows one edit at the first letter and two elsewhere in a long name, never two at the start', () => {
    expect(near.nearest('kpaklitaxel')?.name).toBe('paklitaxel');
    expect(near.nearest('aaklitaxel')?.name).toBe('paklitaxel');
    expect(near.nearest('aklitaxel')?.name).toBe('paklitaxel');
    expect(near.nearest('paklitaxl')?.name).toBe('paklitaxel');
    expect(near.nearest('paklitxl')).toMatchObject({ name: 'paklitaxel', distance: 2 });
    expect(near.nearest('xxklitaxel')).toBeNull();
  });

  it('never takes a word of ordinary prose for a misspelt name', () => {
    // `mellan` is two letters from `melfalan`, `Steroid` two from `Stesolid`.
    for (const word of ['mellan', 'Mellan', 'Steroid', 'steroider', 'vitamin', 'laktos', 'mikromol']) expect(near.nearest(word), word).toBeNull();
    expect(near.nearest('melfaln')?.name).toBe('melfalan');
  });

  it('allows one edit only towards a substance of the ATC index', () => {
    const [first] = drugs;
    const spartein = { ...first!, id: 'sparteine', name: 'spartein', inn: 'sparteine', names: [], brands: [], role: null, tier: 'atc-index' as const };
    const withIndex = buildNearNames({ drugs: [...drugs, spartein], regimens: [] });
    expect(withIndex.nearest('sparten')?.name).toBe('spartein');
    expect(withIndex.nearest('starten')).toBeNull();
  });
});

describe('buildNearNames with the substance index as tables', () => {
  const { drugs } = realLexicon();
  const substances = realSubstances();
  const near = buildNearNames({ drugs, regimens: [], substances });
  // The reference: the substances as ordinary drug entries after the lexicon's, compared one by one.
  const asEntries = substances.rows.map((_, at) => substanceEntry(substances, at)!);
  const spellings = spellingsOf([...drugs, ...asEntries]);

  it('finds the same nearest spelling as comparing with every spelling of the entries and the index', () => {
    const chapterWords = [...new Set(readChapter().match(/[\p{L}-]{5,}/gu) ?? [])];
    // Every fifth substance and every entry, misspelt at the start, middle and end.
    const indexNames = asEntries.filter((_, at) => at % 5 === 0).flatMap((drug) => [drug.name, ...drug.names]);
    const entryNames = drugs.flatMap((drug) => [drug.name, ...drug.names]);
    const words = [...chapterWords, ...[...indexNames, ...entryNames].filter((name) => !/\s/.test(name)).flatMap(mutations)];
    const reading = (found: NearName | null) => (found === null ? null : `${found.name} ${found.entry.id} ${found.distance}`);
    const differ = words.filter((word) => reading(near.nearest(word)) !== reading(nearestByBruteForce(word, spellings)));
    expect(differ).toEqual([]);
    expect(words.filter((word) => near.nearest(word)?.entry.tier === 'atc-index').length).toBeGreaterThan(1000);
  }, 240_000);

  it('finds a substance one edit away at the first letter, changed, added or dropped, and none two edits away', () => {
    expect(near.nearest('xbakavir')?.entry.id).toBe('abacavir');
    expect(near.nearest('xabakavir')?.entry.id).toBe('abacavir');
    expect(near.nearest('bakavir')?.entry.id).toBe('abacavir');
    expect(near.nearest('abakavr')?.entry.id).toBe('abacavir');
    expect(near.nearest('abakvr')).toBeNull();
  });

  it('never answers a word from the inherited properties of its tables', () => {
    for (const word of ['constructor', 'hasOwnProperty', '__proto__', 'toString', 'valueOf']) expect(near.nearest(word), word).toBeNull();
  });
});

