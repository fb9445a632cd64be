import { describe, expect, it } from 'vitest';
import { parseDoses } from '../parse-doses.js';
import { realLexicon } from '../__fixtures__/real-lexicon.js';

// Own sentences in the style of radiotherapy paragraphs of care programmes.
const read = (text: string) => parseDoses(text, realLexicon(), { checkRanges: false, checkKinds: false });
const fractionation = (text: string) => read(text).doses.map((d) => d.fractionation);

describe('a number of fractions derived from a total and a dose per fraction', () => {
  it('is the whole numbers the quotient allows (it was 22.5–27.8 fractions)', () => {
    expect(fractionation('45–50 Gy i 1,8–2 Gy-fraktioner.')[0]?.fractions).toEqual({ low: 23, high: 27, derived: true });
    expect(fractionation('2 Gy-fraktioner upp till 64–66 Gy.')[0]?.fractions).toEqual({ low: 32, high: 33, derived: true });
    expect(fractionation('Extern strålbehandling 2 Gy/fraktion till 50 Gy.')[0]?.fractions).toEqual({ low: 25, high: 25, derived: true });
  });

  it('is not derived when no whole number fits: the text does not say how the course ends', () => {
    const [course] = fractionation('2 Gy-fraktioner till 45 Gy.');
    expect(course?.fractions).toBeNull();
    expect(course?.total).toEqual({ low: 45, high: 45, derived: false });
  });
});

describe('a total after `till` that restates the course', () => {
  it('is merged into it (it was a second course of 50 Gy)', () => {
    const { doses, diagnostics } = read('25 fraktioner à 2 Gy till 50 Gy.');
    expect(doses).toHaveLength(1);
    expect(doses[0]?.fractionation?.total).toEqual({ low: 50, high: 50, derived: false });
    expect(diagnostics).toEqual([]);
  });

  it('that is not the product is reported and kept as written (hostile)', () => {
    const { doses, diagnostics } = read('25 fraktioner à 2 Gy till 46 Gy.');
    expect(doses).toHaveLength(2);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['dose-ambiguous']);
  });
});
