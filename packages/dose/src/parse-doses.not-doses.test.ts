import { describe, expect, it } from 'vitest';
import { parseDoses } from './parse-doses.js';
import { realLexicon } from './__fixtures__/real-lexicon.js';

// Own sentences: amounts that state no dose.
const read = (text: string) => parseDoses(text, realLexicon(), { checkRanges: false, checkKinds: false });

describe('conversions and bare maxima are not doses', () => {
  it.each([
    'Dexametason 4 mg po motsvarar cirka 25 mg prednisolon.',
    'Inj 5 mg motsvarar tablett 10 mg.',
    'Ges långsamt. Max 12 mg totalt.',
    'Högst 4 g per dygn.',
  ])('%s', (text) => {
    const { doses, diagnostics } = read(text);
    expect(doses).toEqual([]);
    expect(diagnostics.filter((d) => d.ruleId === 'dose-without-drug')).toEqual([]);
  });

  it('a dose followed by `motsvarande` keeps the dose; the converted amount is no dose and its `per cykel` no leftover', () => {
    const { doses, diagnostics } = read('Paklitaxel 80 mg/m2 veckovis, motsvarande 240 mg/m2 per cykel.');
    expect(doses.map((d) => d.amount?.low)).toEqual([80]);
    expect(diagnostics).toEqual([]);
  });

  it('a bare maximum before a duration or a count stays what it was', () => {
    const { doses } = read('Tamoxifen 20 mg dagligen i maximalt 5 år, högst 6 cykler.');
    expect(doses.map((d) => [d.amount?.low, d.maxDuration?.value])).toEqual([[20, 5]]);
  });

  it('a bare maximum after a dose becomes its maximum single dose', () => {
    const { doses } = read('Ondansetron 8 mg iv vid behov, max 16 mg.');
    expect(doses.map((d) => [d.amount?.low, d.maxSingleDose?.amount.low])).toEqual([[8, 16]]);
  });
});

describe('a conversion whose drug follows its first amount', () => {
  it('reads neither side as a dose', () => {
    const { doses, diagnostics } = read('4 mg dexametason po motsvarar cirka 25 mg prednisolon.');
    expect(doses).toEqual([]);
    expect(diagnostics).toEqual([]);
  });

  it('a dose in the sentence before stays a dose (hostile)', () => {
    expect(read('Ondansetron 8 mg iv. 16 mg ondansetron po motsvarar 8 mg iv.').doses.map((d) => d.amount?.low)).toEqual([8]);
  });
});

describe('a target AUC with no drug in its sentence', () => {
  it('is reported, not published and not dropped silently', () => {
    const { doses, diagnostics } = read('Karboplatin har olika maxdos vid olika AUC. Denna regim AUC 5, då är maxdos 750 mg.');
    expect(doses).toEqual([]);
    expect(diagnostics.map((d) => [d.ruleId, d.message.en])).toEqual([['dose-without-drug', 'Dose `AUC 5` names no drug in its sentence']]);
  });

  it('an area under a ROC curve (at most 1) is neither a dose nor a finding (hostile)', () => {
    expect(read('Modellen hade god tillförlitlighet (AUC 0,97).').diagnostics).toEqual([]);
  });
});
