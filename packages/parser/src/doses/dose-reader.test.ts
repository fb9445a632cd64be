import { describe, expect, it } from 'vitest';
import { mayHoldDose } from './dose-reader.js';

describe('mayHoldDose', () => {
  it('lets through every kind of dose sentence, numbers or cycles in words', () => {
    for (const text of ['paklitaxel 175 mg/m2', 'Exempelvis 3 Gy x 10.', 'jämfört med sju cykler KarPak', 'sex kurer', 'six cycles of carboplatin', 'KarPak x 6–8']) {
      expect(mayHoldDose(text), text).toBe(true);
    }
  });

  it('skips prose without numbers or cycles', () => {
    expect(mayHoldDose('Den vanligaste återfallslokalen är i vaginaltoppen.')).toBe(false);
    expect(mayHoldDose('Tamoxifen ges veckovis.')).toBe(false);
  });
});
