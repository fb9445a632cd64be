import { describe, expect, it } from 'vitest';
import { parseDoses } from '../parse-doses.js';
import { realLexicon } from '../__fixtures__/real-lexicon.js';

const read = (text: string) => parseDoses(text, realLexicon(), { checkRanges: false, checkKinds: false });
const schedule = (text: string) => read(text).doses.map((d) => [d.drug, d.amount?.low, d.route, d.intervalDays?.low ?? null]);

describe('an infusion-time phrase between a dose and its schedule', () => {
  // Real phrasing of product texts (SmPC of docetaxel and paclitaxel, section 4.2).
  it.each([
    ['Den rekommenderade dosen av docetaxel monoterapi är 100 mg/m 2 givet som en en-timmes intravenös infusion var tredje vecka.', 'docetaxel', 100, 21],
    ['Rekommenderad dos av paklitaxel är 100 mg/m 2, givet som en 3-timmars intravenös infusion varannan vecka', 'paclitaxel', 100, 14],
  ])('%s', (text, drug, amount, interval) => {
    expect(schedule(text)).toEqual([[drug, amount, 'iv', interval]]);
    expect(read(text).diagnostics).toEqual([]);
  });

  it('takes a bare `infusion` after the length as part of the phrase', () => {
    expect(schedule('Paklitaxel 175 mg/m2 som 3 timmars infusion var 3:e vecka.')).toEqual([['paclitaxel', 175, null, 21]]);
  });

  // Hostile: `som` without a length, a length far from any dose, an age that is no length.
  it('bridges nothing without a length of time after `som`', () => {
    const { doses, diagnostics } = read('Paklitaxel 175 mg/m2 ges som en del av behandlingen, uppföljning var tredje vecka.');
    expect(doses.map((d) => d.intervalDays)).toEqual([null]);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['dose-partial-reading']);
  });

  it('does not carry a schedule over a sentence end', () => {
    expect(schedule('Paklitaxel 175 mg/m2. Som en 3-timmars infusion var tredje vecka ges det ofta.')).toEqual([['paclitaxel', 175, null, null]]);
  });

  it('is no length when the word after the number is no unit of time', () => {
    expect(read('Paklitaxel 175 mg/m2 givet som 3-åring, var tredje vecka.').doses[0]?.intervalDays).toBeNull();
  });
});
