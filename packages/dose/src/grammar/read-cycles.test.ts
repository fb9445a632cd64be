import { describe, expect, it } from 'vitest';
import { parseDoses } from '../parse-doses.js';
import { realLexicon } from '../__fixtures__/real-lexicon.js';

// Own sentences in the style of immunotherapy regimen sheets and product information.
const read = (text: string) => parseDoses(text, realLexicon(), { checkRanges: false, checkKinds: false });
const cycles = (text: string) => read(text).doses.map((d) => d.cycles);

describe('a course counted in administrations', () => {
  it('`totalt 4 doser`, `till totalt 4 doser` and `upp till 4 infusioner` are its cycles (the count was reported as unread)', () => {
    expect(cycles('Ipilimumab 3 mg/kg iv var 3:e vecka, totalt 4 doser.')).toEqual([{ low: 4, high: 4 }]);
    expect(cycles('Ipilimumab 3 mg/kg iv var 3:e vecka till totalt 4 doser.')).toEqual([{ low: 4, high: 4 }]);
    expect(cycles('Ipilimumab 1 mg/kg var 3:e vecka, upp till 4 infusioner.')).toEqual([{ low: null, high: 4 }]);
    expect(read('Ipilimumab 3 mg/kg iv var 3:e vecka, totalt 4 doser.').diagnostics).toEqual([]);
  });

  it('a cap per day, a day split into doses, or a bare count is no course (hostile): left unread and reported', () => {
    for (const text of ['Morfin 5 mg sc, högst 4 doser per dygn.', 'Tamoxifen 20 mg dagligen, fördelat på två doser.', 'Ipilimumab 3 mg/kg iv var 3:e vecka, 4 doser.']) {
      expect(cycles(text)).toEqual([null]);
      expect(read(text).diagnostics.map((d) => d.ruleId)).toContain('dose-partial-reading');
    }
    // `totalt 4 doser per dygn` is the times a day, as before.
    expect(read('Paracetamol 1 g, totalt 4 doser per dygn.').doses.map((d) => [d.timesPerDay?.low, d.cycles])).toEqual([[4, null]]);
  });
});
