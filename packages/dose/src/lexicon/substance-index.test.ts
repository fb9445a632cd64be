import { describe, expect, it } from 'vitest';
import { realLexicon, realSubstances } from '../__fixtures__/real-lexicon.js';
import { parseDoses } from '../parse-doses.js';
import { tokenize } from '../scan/tokenize.js';
import { createWorkCounter } from '../scan/work-counter.js';
import { buildNameIndex } from './name-index.js';
import { compileSubstanceIndex, findDrug, substanceById, substanceEntry, type SubstanceRow } from './substance-index.js';

const { drugs, regimens } = realLexicon();
const substances = realSubstances();
const lexicon = { drugs, regimens, substances };

/** The entry the name index finds at the start of a text, with the tokens it spans. */
function matchAtStart(text: string, names = buildNameIndex(lexicon)) {
  const found = names.match(tokenize(text, createWorkCounter()), 0, createWorkCounter());
  return found === null ? null : { id: found.entry.id, length: found.length };
}

describe('the substance index as tables', () => {
  it('recognises a substance by any of its spellings, the longest first, as the same entry each time', () => {
    expect(matchAtStart('abakavir 300 mg')).toEqual({ id: 'abacavir', length: 1 });
    expect(matchAtStart('Abacavir 300 mg')).toEqual({ id: 'abacavir', length: 1 });
    expect(matchAtStart('agalsidase beta 1 mg/kg')).toEqual({ id: 'agalsidase-beta', length: 2 });
    expect(substanceById(substances, 'abacavir')).toBe(substanceById(substances, 'abacavir'));
  });

  it('gives a dose of a substance to that substance, marked as known from the index only', () => {
    const [dose] = parseDoses('abakavir 300 mg två gånger dagligen', lexicon).doses;
    expect(dose?.drug).toBe('abacavir');
    expect(findDrug(lexicon, 'abacavir')).toMatchObject({ tier: 'atc-index', atc: { code: 'J05AF06' } });
  });

  it('finds entries before substances, and neither for an id it does not have', () => {
    expect(findDrug(lexicon, 'carboplatin')?.tier).toBeUndefined();
    expect(findDrug(lexicon, 'no-such-drug')).toBeUndefined();
  });

  it('lets an entry keep a name that an index line also has, at the same length', () => {
    const row: SubstanceRow = [1, 0, 'karboplatin-copy', 'karboplatin', 'carboplatin', 'L01XA02', '', ''];
    const clashing = compileSubstanceIndex('index.tsv', 'today', [row]);
    expect(matchAtStart('karboplatin AUC 5', buildNameIndex({ drugs, regimens, substances: clashing }))?.id).toBe('carboplatin');
  });

  it('never takes a word from the inherited properties of its tables for a substance', () => {
    for (const word of ['constructor', 'hasOwnProperty', '__proto__', 'toString']) {
      expect(matchAtStart(`${word} 5 mg`), word).toBeNull();
      expect(parseDoses(`${word} 5 mg`, lexicon).doses[0]?.drug ?? null, word).toBeNull();
    }
    expect(substanceById(substances, 'constructor')).toBeUndefined();
    expect(substanceEntry(substances, substances.rows.length)).toBeUndefined();
  });

  it('keeps the first row of a spelling that two rows have, and buckets one-word spellings by length and first letter', () => {
    const rows: SubstanceRow[] = [
      [1, 0, 'alpha', 'alfa', 'alpha', 'A01AA01', 'alfa', ''],
      [2, 30, 'alpha-two', 'alfa', 'alpha two', 'A01AA02', 'alpha two', ''],
    ];
    const index = compileSubstanceIndex('index.tsv', 'today', rows);
    expect(index.names).toEqual({ alfa: 0, 'alpha two': 1 });
    expect(index.longest).toEqual({ alpha: 2 });
    expect(index.words).toEqual({ alfa: 0 });
    expect(index.buckets).toEqual({ '4:a': 'alfa' });
  });
});
