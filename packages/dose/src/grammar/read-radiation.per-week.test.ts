import { describe, expect, it } from 'vitest';
import { parseDoses } from '../parse-doses.js';
import { realLexicon } from '../__fixtures__/real-lexicon.js';

// Own sentences in the style of radiotherapy notes and care-programme prose. A count per week
// (`5 fraktioner per vecka`) is how often fractions are given; no field of a fractionation holds it.
const read = (text: string) => parseDoses(text, realLexicon());
const course = (text: string) => read(text).doses.map((d) => [d.fractionation?.dosePerFraction?.low, d.fractionation?.fractions?.low, d.fractionation?.total?.low, d.intervalDays]);
const reported = (text: string) => read(text).diagnostics.map((d) => [d.ruleId, text.slice(d.start, d.end)]);

describe('fractions per week are never a number of fractions or an interval', () => {
  it.each([
    ['Strålbehandling 2 Gy x 5 per vecka till 50 Gy.', 'x 5 per vecka', [2, 25, 50]],
    ['Strålbehandling ges med 2 Gy x 5/vecka till 50 Gy.', 'x 5/vecka', [2, 25, 50]],
    ['1,8 Gy x 5 i veckan, totalt 45 Gy.', 'x 5 i veckan', [1.8, 25, 45]],
    // Between a dose per fraction and its total: one course, not a second one of 50 Gy.
    ['Postoperativ strålbehandling 2 Gy/fraktion, 5 fraktioner/vecka, till 50 Gy.', '5 fraktioner/vecka', [2, 25, 50]],
    ['2 Gy per fraktion 5 dagar per vecka till totalt 46 Gy.', '5 dagar per vecka', [2, 23, 46]],
  ])('%s is one course, and the count per week is reported', (text, words, [perFraction, fractions, total]) => {
    expect(course(text)).toEqual([[perFraction, fractions, total, null]]);
    expect(reported(text)).toEqual([['dose-partial-reading', words]]);
  });

  it('without a total, `x 5 per vecka` leaves the number of fractions unknown (it was read as five, repeated weekly)', () => {
    const text = 'Strålbehandling 4 Gy x 5 per vecka.';
    expect(course(text)).toEqual([[4, undefined, undefined, null]]);
    expect(reported(text)).toEqual([['dose-partial-reading', 'x 5 per vecka']]);
  });

  it('`per vecka` after a course with its fractions is reported from its `per` (it was dropped without a finding)', () => {
    const text = '20 Gy på 5 fraktioner per vecka.';
    expect(course(text)).toEqual([[4, 5, 20, null]]);
    expect(reported(text)).toEqual([['dose-partial-reading', 'per vecka']]);
  });

  it('once a week is an interval between fractions, as before (`7 Gy x 3, en gång per vecka`)', () => {
    expect(course('Brachyterapi 7 Gy x 3, en gång per vecka.')).toEqual([[7, 3, 21, { low: 7, high: 7 }]]);
    expect(reported('Brachyterapi 7 Gy x 3, en gång per vecka.')).toEqual([]);
  });

  it('a total per cycle (`per cykel`) is still no schedule left unread', () => {
    expect(reported('Doxorubicin 60 mg/m2 iv var 3:e vecka, högst 240 mg/m2 per cykel.').filter(([, words]) => words?.includes('cykel'))).toEqual([]);
  });
});
