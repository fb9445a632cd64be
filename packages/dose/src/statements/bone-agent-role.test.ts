import { describe, expect, it } from 'vitest';
import { parseDoses } from '../parse-doses.js';
import { realLexicon } from '../__fixtures__/real-lexicon.js';

// Own sentences in the style of care programmes, regional drug lists and product information. A
// bisphosphonate or denosumab treats osteoporosis and is supportive care for bone metastases; the
// words around the dose decide, and without them the role is reported, not guessed.
const read = (text: string, heading?: string | string[]) => parseDoses(text, realLexicon(), { checkRanges: false, checkKinds: false, ...(heading === undefined ? {} : { heading }) });
const roles = (text: string, heading?: string | string[]) => read(text, heading).doses.map((d) => [d.drug, d.drugRole]);
const findings = (text: string, heading?: string | string[]) => read(text, heading).diagnostics.map((d) => [d.ruleId, text.slice(d.start, d.end)]);

describe('the role of a bone agent follows the indication its sentence or heading names', () => {
  it.each([
    ['Zoledronsyra 4 mg iv var 4:e vecka vid skelettmetastaser.', 'zoledronic-acid'],
    ['Vid malign hyperkalcemi ges zoledronsyra 4 mg iv som engångsdos.', 'zoledronic-acid'],
    ['Denosumab 120 mg sc var 4:e vecka för att förebygga skelettrelaterade händelser.', 'denosumab'],
    ['Zoledronsyra 4 mg iv var 4:e vecka vid myelom.', 'zoledronic-acid'],
    ['Xgeva (denosumab) 120 mg sc var 4:e vecka vid benmetastaser.', 'denosumab'],
  ])('cancer care makes it supportive: %s', (text, drug) => {
    expect(roles(text)).toEqual([[drug, 'supportive']]);
    expect(findings(text)).toEqual([]);
  });

  it.each([
    ['Zoledronsyra 5 mg iv en gång per år vid postmenopausal osteoporos.', 'zoledronic-acid'],
    ['Denosumab 60 mg sc var 6:e månad till patienter med hög frakturrisk.', 'denosumab'],
    // The products authorised only for bone diseases (EPAR section 4.1).
    ['Zoledronsyra (Aclasta) 5 mg iv en gång per år.', 'zoledronic-acid'],
    ['Prolia (denosumab) 60 mg sc var 6:e månad.', 'denosumab'],
  ])('a bone disease makes it therapy: %s', (text, drug) => {
    expect(roles(text)).toEqual([[drug, 'therapy']]);
    expect(findings(text)).toEqual([]);
  });

  it('the nearest heading that names an indication decides when the sentence names none', () => {
    const text = 'Zoledronsyra 4 mg iv var 12:e vecka.';
    expect(roles(text, ['Dosering', 'Skelettmetastaser', 'Osteoporos'])).toEqual([['zoledronic-acid', 'supportive']]);
    expect(roles(text, 'Behandling av osteoporos')).toEqual([['zoledronic-acid', 'therapy']]);
    // The sentence outranks the heading.
    expect(roles('Zoledronsyra 4 mg iv vid skelettmetastaser.', 'Osteoporos')).toEqual([['zoledronic-acid', 'supportive']]);
  });

  it('with no indication, or both in one sentence, the dose has no role and a finding (it was silently supportive)', () => {
    for (const [text, dose] of [
      ['Zoledronsyra 4 mg iv var 4:e vecka.', 'Zoledronsyra 4 mg'],
      ['Denosumab 60 mg sc var 6:e månad vid osteoporos eller 120 mg vid skelettmetastaser.', 'Denosumab 60 mg'],
    ] as const) {
      expect(roles(text)[0]).toEqual([expect.any(String), null]);
      expect(findings(text)[0]).toEqual(['dose-ambiguous', dose]);
    }
    expect(findings('Zoledronsyra 4 mg iv var 4:e vecka.', 'Dosering')).toEqual([['dose-ambiguous', 'Zoledronsyra 4 mg']]);
  });

  it('a drug taken from the heading is decided the same way', () => {
    expect(roles('Ges 4 mg iv var 4:e vecka.', 'Zoledronsyra vid skelettmetastaser')).toEqual([['zoledronic-acid', 'supportive']]);
    expect(roles('Ges 4 mg iv var 4:e vecka.', 'Zoledronsyra')).toEqual([['zoledronic-acid', null]]);
    expect(findings('Ges 4 mg iv var 4:e vecka.', 'Zoledronsyra')).toEqual([['dose-ambiguous', '4 mg']]);
  });

  it('leaves every other drug alone: an antiemetic or an anticancer drug beside osteoporosis words keeps its role', () => {
    expect(roles('Ondansetron 8 mg iv dag 1 vid osteoporos.')).toEqual([['ondansetron', 'supportive']]);
    expect(roles('Paklitaxel 80 mg/m2 iv dag 1 och zoledronsyra 4 mg iv vid skelettmetastaser.')).toEqual([
      ['paclitaxel', 'therapy'],
      ['zoledronic-acid', 'supportive'],
    ]);
  });
});
