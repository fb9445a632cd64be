import { describe, expect, it } from 'vitest';
import { parseDoses, type ParseDosesOptions } from '../parse-doses.js';
import { realLexicon } from '../__fixtures__/real-lexicon.js';

const read = (text: string, options: ParseDosesOptions = {}) => parseDoses(text, realLexicon(), options);
const drugs = (text: string, options: ParseDosesOptions = {}) => read(text, options).doses.map((dose) => dose.drug);
const findings = (text: string, options: ParseDosesOptions = {}) => read(text, options).diagnostics.map((finding) => finding.ruleId);

// Own sentences, in the forms of product information and drug handbooks.
describe('a dose whose sentence names no drug takes the drug of an earlier sentence', () => {
  it('takes the one drug the sentence before names, and says where its name stands', () => {
    const text = 'Injektion Oxikodon 10 mg/ml, sc. Till patienter utan tidigare opioidbehandling ges 2,5–5 mg sc.';
    const { doses, diagnostics } = read(text);
    expect(doses.map((dose) => [dose.drug, dose.drugText])).toEqual([['oxycodone', 'Oxikodon']]);
    const from = doses[0]?.drugFromSentence;
    expect(from?.sentence).toBeNull();
    expect(from ? text.slice(from.start, from.end) : null).toBe('Oxikodon');
    expect(doses[0]?.drugFromHeading).toBeNull();
    expect(diagnostics).toEqual([]);
  });

  it('takes the drug of the paragraph sentences passed before the text, nearest first', () => {
    const options = { earlierSentences: ['Övriga biverkningar är milda.', 'Pembrolizumab är godkänt vid MSI-high.'] };
    const { doses } = read('Rekommenderad dos är 200 mg var 3:e vecka.', options);
    expect(doses.map((dose) => dose.drug)).toEqual(['pembrolizumab']);
    const from = doses[0]?.drugFromSentence;
    expect(from?.sentence).toBe(1);
    expect(from ? options.earlierSentences[1]!.slice(from.start, from.end) : null).toBe('Pembrolizumab');
  });

  it('the nearest sentence that names a drug decides, over an earlier one and over the heading', () => {
    expect(drugs('Paklitaxel ges dag 1. Sedan ges etoposid. Dosen är 100 mg/m2.')).toEqual(['etoposide']);
    expect(drugs('Etoposid ges som infusion. Dosen är 100 mg/m2 iv.', { heading: 'Cisplatin' })).toEqual(['etoposide']);
  });

  it('an earlier sentence that names two drugs, a regimen or a compound gives none, and the heading does not either', () => {
    expect(drugs('Karboplatin och paklitaxel ges i dagvård. Dosen är 175 mg/m2 iv.', { heading: 'Paklitaxel' })).toEqual([null]);
    expect(drugs('Doxorubicin liposomal är ett alternativ. Dosen är 40 mg/m2 iv.')).toEqual([null]);
    expect(drugs('KarPak ges i dagvård. Dosen är 175 mg/m2 iv.', { heading: 'Paklitaxel' })).toEqual([null]);
    expect(findings('Karboplatin och paklitaxel ges i dagvård. Dosen är 175 mg/m2 iv.')).toContain('dose-without-drug');
  });

  it('a drug the earlier sentence speaks against is not passed on', () => {
    for (const text of [
      'Cisplatin ska undvikas vid nedsatt njurfunktion. Då ges 100 mg/m2 iv.',
      'Cisplatin ges inte vid hörselnedsättning. Dosen är 100 mg/m2 iv.',
      'Cisplatin är kontraindicerat vid njursvikt. Dosen är 100 mg/m2 iv.',
    ]) {
      expect(drugs(text), text).toEqual([null]);
      expect(findings(text), text).toEqual(['dose-without-drug']);
    }
  });

  it('a drug named as a point in time (`efter`, `före`) is not passed on', () => {
    expect(drugs('Efter avslutad behandling med cisplatin rekommenderas en paus. Därefter ges 75 mg/m2 iv.')).toEqual([null]);
    expect(drugs('Etoposid ges före cisplatin. Dosen är 75 mg/m2 iv.')).toEqual([null]);
    expect(drugs('Dosen är 75 mg/m2 iv.', { earlierSentences: ['Fyra veckor efter cisplatin utvärderas effekten.'] })).toEqual([null]);
  });

  it('a dose said to be of another drug (`i stället`, `alternativt`) does not take the earlier sentence\'s drug', () => {
    expect(drugs('Cisplatin ges dag 1. I stället ges 100 mg/m2 iv vid nedsatt hörsel.')).toEqual([null]);
    expect(drugs('Cisplatin ges dag 1. Alternativt ges 100 mg/m2 iv.')).toEqual([null]);
  });

  it('looks back three sentences at most, then passes the question to the heading', () => {
    const far = 'Etoposid ges som infusion. Det tar en timme. Patienten övervakas. Blodtrycket mäts.';
    expect(drugs(`${far} Dosen är 100 mg/m2 iv.`)).toEqual([null]);
    expect(drugs(`${far} Dosen är 175 mg/m2 iv.`, { heading: 'Paklitaxel' })).toEqual(['paclitaxel']);
  });

  it('a diluent is not passed on', () => {
    expect(drugs('Cisplatin kräver hydrering. Natriumklorid 9 mg/ml 1000 ml ges före. Dosen är 75 mg/m2.')).toEqual([null]);
  });

  it('a sentence on the way that gives a dose to a name the lexicon does not know stops the search', () => {
    expect(drugs('Cisplatin ges med hydrering. Mannitol 20 g ges före. Dosen är 75 mg/m2.')).toEqual([null, null]);
    expect(drugs('Dosen är 75 mg/m2.', { earlierSentences: ['Mannitol 20 g ges före.', 'Cisplatin ges med hydrering.'] })).toEqual([null]);
  });

  it('keeps the guards of a heading drug: an implausible amount, or a word that may be another drug, gives none', () => {
    expect(drugs('Pembrolizumab är godkänt vid MSI-high. Dosen är 20 g iv.', { checkRanges: false })).toEqual([null]);
    expect(findings('Pembrolizumab är godkänt vid MSI-high. Sedan ges xyzumab 200 mg iv.')).toContain('unknown-drug');
    expect(drugs('Pembrolizumab är godkänt vid MSI-high. Sedan ges xyzumab 200 mg iv.')).toEqual([null]);
  });
});
