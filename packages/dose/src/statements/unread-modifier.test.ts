import { describe, expect, it } from 'vitest';
import { parseDoses } from '../parse-doses.js';
import { realLexicon } from '../__fixtures__/real-lexicon.js';

// Own sentences in the style of regimen sheets and product information. A schedule, a length or a
// route written inside a dose's span that no reading took in was covered by the span and dropped
// with no finding: the dose looked complete.
const read = (text: string) => parseDoses(text, realLexicon(), { checkRanges: false, checkKinds: false });
const reported = (text: string) =>
  read(text)
    .diagnostics.filter((d) => d.ruleId === 'dose-partial-reading')
    .map((d) => text.slice(d.start, d.end));

describe('a modifier inside a dose that no reading took in is reported', () => {
  it.each([
    ['Tamoxifen i 5 år 20 mg dagligen.', 'i 5 år'],
    ['Letrozol i högst 5 år 2,5 mg dagligen.', 'högst 5 år'],
    ['Morfin var 4:e timme 5 mg sc.', 'var 4:e timme'],
    ['Zoledronsyra ny kur dag 29 4 mg iv.', 'ny kur dag 29'],
    ['Cisplatin totalt 6 månader 75 mg/m2 var 3:e vecka.', 'totalt 6 månader'],
    ['Bevacizumab 28-dagarscykel 10 mg/kg dag 1 och 15.', '28-dagarscykel'],
  ])('between the name and the amount: %s', (text, words) => {
    expect(reported(text)).toEqual([words]);
    const finding = read(text).diagnostics.find((d) => text.slice(d.start, d.end) === words);
    expect(finding?.message.sv).toContain('mellan läkemedlets namn och dosen');
    // The dose itself is still published, with what was read.
    expect(read(text).doses).toHaveLength(1);
  });

  it.each([
    ['Letrozol 2,5 mg x 1 x 2 dagligen.', 'x 2'],
    ['Paklitaxel 175 mg/m2 intravenöst peroralt var 3:e vecka.', 'peroralt'],
  ])('after the amount, before a modifier that was read: %s', (text, words) => {
    expect(reported(text)).toEqual([words]);
    expect(read(text).diagnostics.find((d) => text.slice(d.start, d.end) === words)?.message.sv).toContain('efter dosen');
  });

  it.each([
    ['Tamoxifen 20 mg dagligen i 5 år, i 10 år vid hög risk.', 'i 10 år'],
    ['Ondansetron 16 mg iv, följt av två doser 8 mg iv med 4 timmars mellanrum.', 'med 4 timmars mellanrum'],
    ['Ondansetron 8 mg iv var 8:e timme po.', 'po'],
  ])('next to a dose, outside its span (a length or an hour gap reads word by word as a measure): %s', (text, words) => {
    expect(reported(text)).toContain(words);
  });

  it('a route before a dose, outside its span, is a form or a condition and is left alone', () => {
    expect(reported('Vid iv inj ge morfin 5 mg som iv bolusdos.')).toEqual([]);
  });

  it('a schedule farther from the dose is about something else', () => {
    // As in chapter 13: the three-weekly rhythm is compared with, not given.
    expect(reported('Paklitaxel 80 mg/m2 veckovis, med en lindrigare toxicitetsprofil än vid 3-veckorsintervall.')).toEqual([]);
  });

  it('the period of a reported limit is neither the dose’s schedule nor reported again', () => {
    const text = 'Morfin 5 mg högst 30 mg per dygn.';
    // Before, the dose took `per dygn` as its interval (every day).
    expect(read(text).doses.map((d) => [d.amount?.low, d.intervalDays])).toEqual([[5, null]]);
    expect(reported(text)).toEqual(['30 mg']);
  });

  it('modifiers a name or a dose took in are not reported', () => {
    for (const text of [
      'Karboplatin varannan vecka AUC 5.',
      'Fulvestrant intramuskulärt 500 mg var 4:e vecka.',
      'iv veckovis paklitaxel 80 mg/m2.',
      'Cisplatin 6 cykler 75 mg/m2 var 3:e vecka.',
      'Domperidon 10–20 mg (1–2 tabletter à 10 mg) peroralt 3–4 gånger per dag.',
      'Dag 1: paklitaxel 175 mg/m2 och karboplatin AUC 5.',
      'Morfin 10 mg x 6, dygnsdos 60 mg.',
    ]) {
      expect(reported(text), text).toEqual([]);
    }
  });

  it('a modifier already reported by another finding is not reported twice', () => {
    // The changed dose's finding covers its length (`adjusted-dose.ts`).
    expect(reported('Venetoklax upptitreras under 5 veckor till 400 mg dagligen.')).toEqual(['upptitreras under 5 veckor till 400 mg']);
  });
});

describe('days between a name and its amount', () => {
  it('are that dose’s days (`Doxorubicin dag 1 60 mg/m2`)', () => {
    const { doses, diagnostics } = read('Doxorubicin dag 1 60 mg/m2 var 3:e vecka.');
    expect(doses.map((d) => [d.drug, d.days, d.intervalDays])).toEqual([['doxorubicin', [1], { low: 21, high: 21 }]]);
    expect(diagnostics).toEqual([]);
    expect(read('Dexametason dag 1-3 8 mg x 2 peroralt.').doses[0]?.days).toEqual([1, 2, 3]);
  });

  it('are not given to the next drug of the sentence', () => {
    const { doses } = read('Doxorubicin dag 1 60 mg/m2 och cisplatin 50 mg/m2.');
    expect(doses.map((d) => [d.drug, d.days])).toEqual([
      ['doxorubicin', [1]],
      ['cisplatin', null],
    ]);
  });
});
