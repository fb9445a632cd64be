import fc from 'fast-check';
import { distance } from 'fastest-levenshtein';
import { describe, expect, it } from 'vitest';
import { parseDoses } from '../parse-doses.js';
import { readChapter, realLexicon } from '../__fixtures__/real-lexicon.js';
import { PROSE_WORDS } from '../lexicon/prose-words.js';

const read = (text: string) => parseDoses(text, realLexicon(), { checkRanges: false, checkKinds: false });

/** Every line of chapter 13 with a dose that has a drug and an amount, with the offset where the amount starts. */
function dosePlaces(): { line: string; at: number }[] {
  const places: { line: string; at: number }[] = [];
  for (const line of readChapter().split('\n')) {
    for (const dose of read(line).doses) {
      if (dose.drug === null || dose.amount === null || dose.drugText === null) continue;
      const nameAt = line.indexOf(dose.drugText, dose.start);
      // An inherited drug (`… följt av 1 000 mg`) is named before the statement.
      const nameEnd = nameAt === -1 || nameAt >= dose.end ? dose.start : nameAt + dose.drugText.length;
      const amount = /AUC|\d/.exec(line.slice(nameEnd, dose.end));
      if (amount !== null) places.push({ line, at: nameEnd + amount.index });
    }
  }
  return places;
}

const places = dosePlaces();
const letters = 'abcdefghijklmnopqrstuvwxyz';
/** One-word lexicon spellings of five letters or more. */
const spellings = [...new Set(realLexicon().drugs.flatMap((d) => [d.name, ...d.names, ...d.brands]).map((n) => n.toLowerCase()))].filter(
  (n) => /^\p{L}{5,}$/u.test(n),
);
const known = new Set(realLexicon().drugs.flatMap((d) => [d.name, ...d.names, ...d.brands, d.inn]).map((n) => n.toLowerCase()));

/** Applies one edit (delete, insert or substitute a letter) at a position after the first letter. */
function edit(word: string, kind: number, position: number, letter: string): string {
  const at = 1 + (position % Math.max(1, word.length - 1));
  if (kind === 0) return word.slice(0, at) + word.slice(at + 1);
  if (kind === 1) return word.slice(0, at) + letter + word.slice(at);
  return word.slice(0, at) + letter + word.slice(at + 1);
}

const anEdit = fc.tuple(fc.nat(2), fc.nat(40), fc.constantFrom(...letters));

/** A misspelling at one edit of a name of 5–7 letters, or one or two edits of a longer name. */
const misspelling = fc
  .tuple(fc.constantFrom(...spellings), anEdit, anEdit, fc.boolean())
  .map(([name, first, second, twice]) => {
    const once = edit(name, ...first);
    return { name, word: twice && name.length >= 8 ? edit(once, ...second) : once };
  })
  // A word of Swedish prose (`mellan`, `velade`) is no misspelling, even two letters from a name: see lexicon/prose-words.ts.
  .filter(({ name, word }) => !known.has(word) && !PROSE_WORDS.has(word) && distance(name, word) >= 1 && word.length >= 5)
  .map(({ word }) => word);

/** A word the lexicon does not know but that reads as a drug: a made-up stem with an INN ending. */
const drugLikeWord = fc
  .tuple(fc.string({ unit: fc.constantFrom(...letters), minLength: 3, maxLength: 6 }), fc.constantFrom('mab', 'nib', 'platin', 'taxel', 'rubicin', 'limus'))
  .map(([stem, ending]) => `zq${stem}${ending}`);

describe('an unknown or misspelt drug before a dose of chapter 13', () => {
  it('finds doses to try', () => {
    expect(places.length).toBeGreaterThanOrEqual(20);
  });

  it('never attaches the dose to another drug, and always gives an error on that line', () => {
    fc.assert(
      fc.property(fc.constantFrom(...places), fc.oneof(misspelling, drugLikeWord), (place, word) => {
        // `MPA160–200 mg`: a name glued to the amount is kept apart from the inserted word.
        const glued = /\p{L}/u.test(place.line.charAt(place.at - 1));
        const line = glued ? `${place.line.slice(0, place.at)} ${place.line.slice(place.at)}` : place.line;
        const at = glued ? place.at + 1 : place.at;
        const changed = `${line.slice(0, at)}${word} ${line.slice(at)}`;
        const { doses, diagnostics } = read(changed);
        const wordEnd = at + word.length;
        const dose = doses.find((d) => d.start <= wordEnd + 1 && d.end > wordEnd + 1);
        expect(dose?.drug ?? null).toBeNull();
        expect(diagnostics.some((d) => d.ruleId === 'unknown-drug' && d.start === at && d.end === wordEnd)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('each drug name of a chapter dose misspelt by one edit', () => {
  const named = places.flatMap(({ line }) =>
    read(line).doses.filter((d) => d.drug !== null && d.amount !== null && !d.drugInherited && /^\p{L}{5,}$/u.test(d.drugText ?? '')).map((d) => ({ line, dose: d })),
  );

  it('has names to misspell', () => {
    expect(named.length).toBeGreaterThanOrEqual(10);
  });

  it.each([
    ['a letter left out', 0],
    ['a letter added', 1],
    ['a letter changed', 2],
  ])('%s gives unknown-drug with the right suggestion', (_name, kind) => {
    for (const { line, dose } of named) {
      const name = dose.drugText ?? '';
      const wrong = edit(name, kind, Math.floor(name.length / 2), name.charAt(Math.floor(name.length / 2)) === 'q' ? 'x' : 'q');
      const nameAt = line.indexOf(name, dose.start);
      const changed = line.slice(0, nameAt) + wrong + line.slice(nameAt + name.length);
      const problem = read(changed).diagnostics.find((d) => d.start === nameAt && d.ruleId === 'unknown-drug');
      expect(problem, `${name} → ${wrong}`).toBeDefined();
      const suggestion = realLexicon().drugs.find((d) => d.id === dose.drug);
      expect(problem?.message.en).toContain(`did you mean ${suggestion?.inn}?`);
    }
  });
});
