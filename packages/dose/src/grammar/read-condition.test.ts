import { describe, expect, it } from 'vitest';
import { parseDoses } from '../parse-doses.js';
import { realLexicon } from '../__fixtures__/real-lexicon.js';

const read = (text: string) => parseDoses(text, realLexicon(), { checkRanges: false, checkKinds: false });
const amounts = (text: string) => read(text).doses.map((d) => d.amount?.low);

describe('an amount that is a condition or a daily ceiling is not a dose', () => {
  // Own sentences in the phrasing of a product text (nintedanib, dosage), with a drug of the test lexicon.
  it('reads only the reduced dose after `inte tolererar`', () => {
    const text = 'Om patienten inte tolererar 150 mg tamoxifen, kan dosen sänkas till 100 mg två gånger dagligen.';
    expect(amounts(text)).toEqual([100]);
    expect(read(text).doses[0]).toMatchObject({ drug: 'tamoxifen', intervalDays: { low: 1, high: 1 }, timesPerDay: { low: 2, high: 2 } });
  });

  it('reads no dose from a maximum daily dose', () => {
    expect(amounts('Den rekommenderade maximala dagliga dosen på 300 mg tamoxifen ska inte överskridas.')).toEqual([]);
    expect(amounts('Högsta dagliga dos: 40 mg tamoxifen.')).toEqual([]);
  });

  // Hostile: the same words with no amount after them, and a dose before `tolereras`.
  it('keeps a dose that stands before the condition word, or far from it', () => {
    expect(amounts('Tamoxifen 20 mg dagligen tolereras väl.')).toEqual([20]);
    expect(amounts('Om behandlingen inte tolereras ges tamoxifen 20 mg dagligen.')).toEqual([20]);
    expect(amounts('Den maximala dagliga dosen överskrids inte med tamoxifen 20 mg dagligen.')).toEqual([20]);
  });
});
