import { describe, expect, it } from 'vitest';
import { parseDoses } from '../parse-doses.js';
import { realLexicon } from '../__fixtures__/real-lexicon.js';

const reported = (text: string, earlierSentences?: string[]) =>
  parseDoses(text, realLexicon(), earlierSentences === undefined ? {} : { earlierSentences }).diagnostics.map((d) => [d.ruleId, text.slice(d.start, d.end)]);

// Own sentences, in the forms of regimen sheets.
describe('a sentence that says how the course repeats, with no dose of its own', () => {
  it.each([
    ['Dag 1: Doxorubicin 75 mg/m2 iv. Upprepas var 21:a dag.', 'var 21:a dag'],
    ['Paklitaxel 175 mg/m2 iv dag 1. Ny kur dag 22.', 'Ny kur dag 22'],
    ['Karboplatin AUC 5 dag 1. Totalt 6 cykler.', 'Totalt 6 cykler'],
    ['Paklitaxel 175 mg/m2 iv dag 1. Cykellängd 21 dagar.', 'Cykellängd 21 dagar'],
    ['Paklitaxel 175 mg/m2 iv dag 1. Behandlingen ges i sex cykler.', 'i sex cykler'],
  ])('after a dose is reported: %s', (text, written) => {
    expect(reported(text)).toEqual([['dose-partial-reading', written]]);
  });

  it('after a dose in the paragraph sentences before the text too', () => {
    expect(reported('Upprepas var 21:a dag.', ['Doxorubicin 75 mg/m2 iv dag 1.'])).toEqual([['dose-partial-reading', 'var 21:a dag']]);
  });

  it('is not reported without a dose before it, nor when it is no repeat of a course', () => {
    expect(reported('Upprepas var 21:a dag.')).toEqual([]);
    expect(reported('Upprepas var 21:a dag.', ['Behandlingen planeras på mottagningen.'])).toEqual([]);
    expect(reported('Paklitaxel 175 mg/m2 iv dag 1. Uppföljning sker var tredje månad.')).toEqual([]);
    expect(reported('Paklitaxel 175 mg/m2 iv dag 1. Studien pågick i 3 kurer.')).toEqual([]);
  });
});
