import { describe, expect, it } from 'vitest';
import { PhraseMatcher } from './phrase-matcher.js';

describe('PhraseMatcher', () => {
  const trials = new PhraseMatcher([
    { text: 'KEYNOTE-158', target: 'kn158' },
    { text: 'ENGOT-EN1', target: 'fandango' },
    { text: 'ENGOT-EN15', target: 'en15' },
    { text: 'GOG 209', target: 'gog209' },
  ]);

  it('treats spaces and hyphens between parts as equal and ignores case', () => {
    expect(trials.find('data från Keynote 158-studien och GOG 209-studien').map((m) => [m.target, m.text])).toEqual([
      ['kn158', 'Keynote 158'],
      ['gog209', 'GOG 209'],
    ]);
  });

  it('does not match a number inside a longer number', () => {
    expect(trials.find('ENGOT EN 15 (NCT05173987) och ENGOT-EN1/FANDANGO').map((m) => m.target)).toEqual(['en15', 'fandango']);
  });

  it('matches drug names in compounds only when allowed, longest name first', () => {
    const drugs = new PhraseMatcher([
      { text: 'doxorubicin', target: 'doxorubicin', allowSuffix: true },
      { text: 'pegylerat liposomalt doxorubicin', target: 'pld', allowSuffix: true },
      { text: 'MPA', target: 'mpa' },
    ]);
    const found = drugs.find('pegylerat liposomalt doxorubicin 40 mg/m2, doxorubicingruppen, MPA160–200 mg, MPAX');
    expect(found.map((m) => [m.target, m.text])).toEqual([
      ['pld', 'pegylerat liposomalt doxorubicin'],
      ['doxorubicin', 'doxorubicin'],
      ['mpa', 'MPA'],
    ]);
  });

  it('matches decomposed letters after the text was composed, and nothing in an empty matcher', () => {
    const matcher = new PhraseMatcher([{ text: 'första återfall', target: 'first' }]);
    expect(matcher.find('Samtliga patienter med första återfall'.normalize('NFC'))).toHaveLength(1);
    expect(new PhraseMatcher([]).find('anything')).toEqual([]);
  });
});
