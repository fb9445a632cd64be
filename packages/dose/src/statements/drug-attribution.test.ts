import { describe, expect, it } from 'vitest';
import { parseDoses } from '../parse-doses.js';
import { realLexicon } from '../__fixtures__/real-lexicon.js';

const read = (text: string) => parseDoses(text, realLexicon(), { checkRanges: false, checkKinds: false });

describe('a dose attaches to a drug only when no other drug may stand between them', () => {
  it('gives each drug of a combination its own amount', () => {
    const { doses, diagnostics } = read('Cisplatin 75 mg/m2 och etoposid 100 mg/m2 dag 1.');
    expect(doses.map((d) => [d.drug, d.amount?.low])).toEqual([['cisplatin', 75], ['etoposide', 100]]);
    expect(diagnostics).toEqual([]);
  });

  it('never gives cisplatin the amount of a misspelt second drug, and suggests the name', () => {
    const text = 'Cisplatin 75 mg/m2 och etopsid 100 mg/m2 dag 1.';
    const { doses, diagnostics } = read(text);
    expect(doses.map((d) => d.drug)).toEqual(['cisplatin', null]);
    const [problem] = diagnostics;
    expect(problem?.ruleId).toBe('unknown-drug');
    expect(text.slice(problem?.start, problem?.end)).toBe('etopsid');
    expect(problem?.message.sv).toContain('menade du etoposid?');
    expect(problem?.message.en).toContain('did you mean etoposide?');
    expect(problem?.fix?.sv).toContain('etoposid');
  });

  it('suggests paclitaxel for paklitaxl in the drug position', () => {
    const { doses, diagnostics } = read('Paklitaxl 175 mg/m2 var 3:e vecka.');
    expect(doses[0]?.drug).toBeNull();
    expect(diagnostics.map((d) => [d.ruleId, d.message.sv.includes('menade du paklitaxel?'), d.message.en.includes('paclitaxel')])).toEqual([
      ['unknown-drug', true, true],
    ]);
  });

  it('blocks inheritance through an unknown drug-like word that is not right before the dose', () => {
    const { doses, diagnostics } = read('Karboplatin AUC 5 och xyzumab i dosen 200 mg.');
    expect(doses.map((d) => d.drug)).toEqual(['carboplatin', null]);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['unknown-drug']);
  });

  it('reports a dose after a list of drugs as ambiguous instead of choosing one', () => {
    const { doses, diagnostics } = read('Cisplatin eller karboplatin 75 mg/m2 dag 1.');
    expect(doses.map((d) => d.drug)).toEqual([null]);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['dose-ambiguous']);
  });

  it('reads prose words that are no drug as prose (no suggestion for ordinary Swedish)', () => {
    const { doses, diagnostics } = read('Pembrolizumab ges i dosen 200 mg var 3:e vecka som behandling.');
    expect(doses.map((d) => d.drug)).toEqual(['pembrolizumab']);
    expect(diagnostics).toEqual([]);
  });
});

describe('a name in brackets after a drug\'s name', () => {
  // Own sentences. Betapred is a brand of betamethasone, Zofran of ondansetron (lexicon).
  it('naming another drug leaves the dose without a drug, reported as ambiguous', () => {
    const { doses, diagnostics } = read('Dexametason (Betapred) 4 mg x 2.');
    expect(doses.map((d) => d.drug)).toEqual([null]);
    expect(diagnostics.map((d) => [d.ruleId, d.message.sv.includes('`Betapred` inom parentes')])).toEqual([['dose-ambiguous', true]]);
  });

  it('naming the same drug (a brand, an abbreviation) keeps it', () => {
    expect(read('Ondansetron (Zofran) 8 mg.').doses.map((d) => d.drug)).toEqual(['ondansetron']);
    expect(read('Betametason (Betapred) 4 mg.').doses.map((d) => d.drug)).toEqual(['betamethasone']);
    expect(read('Ondansetron (Zofran) 8 mg.').diagnostics).toEqual([]);
  });
});

describe('a drug named as the one not to give', () => {
  // Own sentences.
  it('gives a later bare amount no drug, reported (`Vid intolerans mot cisplatin ges 100 mg/m2`)', () => {
    for (const text of ['Vid intolerans mot cisplatin ges 100 mg/m2.', 'I stället för cisplatin ges 100 mg/m2.']) {
      const { doses, diagnostics } = read(text);
      expect(doses.map((d) => d.drug)).toEqual([null]);
      // `Vid intolerans` is also the dose's condition (`dose-condition.ts`), reported apart.
      expect(diagnostics.filter((d) => !d.message.sv.includes('villkor')).map((d) => d.ruleId)).toEqual(['dose-ambiguous']);
    }
  });

  it('keeps an amount right after the name, as a trial\'s comparator arm is written', () => {
    expect(read('Paklitaxel 175 mg/m2 mot cisplatin 75 mg/m2.').doses.map((d) => d.drug)).toEqual(['paclitaxel', 'cisplatin']);
    expect(read('Istället för cisplatin 75 mg/m2 ges karboplatin AUC 5.').doses.map((d) => d.drug)).toEqual(['cisplatin', 'carboplatin']);
  });
});

describe('a generic product named by its substance and company', () => {
  // Own sentences, in the form of Swedish generic product names.
  it('reads the company as part of the name (`Letrozol Sandoz 2,5 mg`, `Paklitaxel Fresenius Kabi`)', () => {
    expect(read('Letrozol Sandoz 2,5 mg dagligen.').doses.map((d) => [d.drug, d.drugText])).toEqual([['letrozole', 'Letrozol Sandoz']]);
    const { doses, diagnostics } = read('Paklitaxel Fresenius Kabi 175 mg/m2 var 3:e vecka.');
    expect(doses.map((d) => d.drug)).toEqual(['paclitaxel']);
    expect(diagnostics).toEqual([]);
  });

  it('never takes a word that may be a drug for the company: a misspelt name or an INN ending still blocks', () => {
    for (const text of ['Karboplatin Paklitxel 175 mg/m2.', 'Karboplatin Zoxatinib 175 mg/m2.']) {
      const { doses, diagnostics } = read(text);
      expect(doses.map((d) => d.drug)).toEqual([null]);
      expect(diagnostics.map((d) => d.ruleId)).toEqual(['unknown-drug']);
    }
  });
});

describe('a drug joined to the word for its dose (`cisplatindosen`)', () => {
  const readAll = (text: string) => parseDoses(text, realLexicon(), { checkRanges: false, checkKinds: false });
  it('names the drug when the sentence named none before', () => {
    const { doses, diagnostics } = readAll('Vid nedsatt njurfunktion reduceras cisplatindosen till 50 mg/m2.');
    expect(doses.map((d) => [d.drug, d.amount?.low])).toEqual([['cisplatin', 50]]);
    // The findings are about the dose's condition and its change (`dose-condition.ts`, `adjusted-dose.ts`), not about its drug.
    expect(diagnostics.map((d) => [d.ruleId, d.message.sv.includes('villkor') || d.message.sv.includes('ändrad dos')])).toEqual([
      ['dose-partial-reading', true],
      ['dose-partial-reading', true],
    ]);
  });

  // Hostile: the compound stands in another drug's sentence; the amount stays that drug's.
  it('does not take the amount from the drug the sentence is about', () => {
    const { doses } = readAll('Mesna ges i dos motsvarande 60 % av ifosfamiddosen, dvs 3 g/m2.');
    expect(doses.map((d) => [d.drug, d.amount?.low])).toEqual([['mesna', 3000]]);
  });

  it('is no name when the part before the dose word is not exactly a lexicon name', () => {
    expect(readAll('Tumördosen är 60 Gy.').doses.map((d) => d.drug)).toEqual([null]);
  });
});

describe('a class word that is also one substance\'s name', () => {
  // `kortison` in Swedish prose is any corticosteroid; giving the dose to cortisone would be a wrong drug.
  it('gives `Kortison 8 mg` no drug, and reports it', () => {
    const { doses, diagnostics } = parseDoses('Kortison 8 mg dagligen.', realLexicon(), { checkRanges: false, checkKinds: false });
    expect(doses.map((d) => d.drug)).toEqual([null]);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['dose-without-drug']);
  });
});

describe('amounts given `respektive` after a list of drugs', () => {
  // Own sentences in the style of care programmes.
  it('go to the drugs in order, each statement its own amount', () => {
    const { doses, diagnostics } = read('Cisplatin och etoposid ges i doserna 75 mg/m2 respektive 100 mg/m2.');
    expect(doses.map((d) => [d.drug, d.amount?.low, d.text])).toEqual([['cisplatin', 75, '75 mg/m2'], ['etoposide', 100, '100 mg/m2']]);
    expect(diagnostics).toEqual([]);
    const three = read('Cisplatin, etoposid och ifosfamid i doserna 20 mg/m2, 75 mg/m2 respektive 1200 mg/m2.').doses;
    expect(three.map((d) => [d.drug, d.amount?.low])).toEqual([['cisplatin', 20], ['etoposide', 75], ['ifosfamide', 1200]]);
  });

  // Hostile: without `respektive`, or with more amounts than drugs, no order is stated.
  it('stay ambiguous when the series does not say so or does not fit the list', () => {
    for (const text of ['Cisplatin och etoposid ges i doserna 75 mg/m2 och 100 mg/m2.', 'Cisplatin och etoposid 75 mg/m2 respektive 100 mg/m2 respektive 5 mg.']) {
      const { doses, diagnostics } = read(text);
      expect(doses.every((d) => d.drug === null), text).toBe(true);
      expect(diagnostics.map((d) => d.ruleId), text).toContain('dose-ambiguous');
    }
  });
});

// Own sentences in the style of regimen sheets.
describe('a name after `enligt` (the dose’s formula or source)', () => {
  it('is no unknown drug: `Karboplatin dosering enligt Calvert AUC 5` is carboplatin’s dose (it was an unknown-drug error)', () => {
    const { doses, diagnostics } = read('Karboplatin dosering enligt Calvert AUC 5 iv dag 1 var 21:a dag.');
    expect(doses.map((d) => [d.drug, d.amount?.low, d.intervalDays?.low])).toEqual([['carboplatin', 5, 21]]);
    expect(diagnostics).toEqual([]);
  });

  it('a misspelt drug after `enligt` is still an unknown drug (hostile)', () => {
    const { doses, diagnostics } = read('Karboplatin dosering enligt karbopaltin AUC 5.');
    expect(doses.map((d) => d.drug)).toEqual([null]);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['unknown-drug']);
  });
});
