import { describe, expect, it } from 'vitest';
import { parseDoses } from '../parse-doses.js';
import { realLexicon } from '../__fixtures__/real-lexicon.js';

const read = (text: string) => parseDoses(text, realLexicon(), { checkRanges: false, checkKinds: false });

// Own sentences; `zoxalimin` stands for any drug the lexicon does not know.
describe('a bare amount inherits the drug of its sentence only when nothing else could be its drug', () => {
  it('an unknown word in the drug position after a clause boundary blocks the earlier drug', () => {
    const text = 'Cisplatin 75 mg/m2 dag 1, därefter zoxalimin 25 mg/m2 dag 8.';
    const { doses, diagnostics } = read(text);
    expect(doses.map((d) => d.drug)).toEqual(['cisplatin', null]);
    expect(diagnostics.map((d) => [d.ruleId, text.slice(d.start, d.end)])).toEqual([['dose-ambiguous', '25 mg/m2']]);
    expect(diagnostics[0]?.message.sv).toContain('`zoxalimin`');
  });

  it('an unknown word behind brackets blocks as well', () => {
    const { doses } = read('Cisplatin 75 mg/m2 och (zoxalimin) 25 mg/m2.');
    expect(doses.map((d) => d.drug)).toEqual(['cisplatin', null]);
  });

  it('a second dose of the same drug after a joining word is inherited', () => {
    const { doses, diagnostics } = read('Dostarlimab 500 mg var 3:e vecka följt av 1000 mg var 6:e vecka.');
    expect(doses.map((d) => [d.drug, d.drugInherited])).toEqual([['dostarlimab', false], ['dostarlimab', true]]);
    expect(diagnostics).toEqual([]);
  });

  it('prose words before the amount that are on the list of words between doses do not block', () => {
    const { doses } = read('Paklitaxel 175 mg/m2 dag 1, eventuellt reducerad till 135 mg/m2.');
    expect(doses.map((d) => d.drug)).toEqual(['paclitaxel', 'paclitaxel']);
  });
});
