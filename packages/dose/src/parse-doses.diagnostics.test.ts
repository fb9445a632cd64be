import { describe, expect, it } from 'vitest';
import { parseDoses } from './parse-doses.js';
import { realLexicon } from './__fixtures__/real-lexicon.js';

describe('problems next to a dose are reported with their position', () => {
  it('reports an unknown drug name and still returns the dose', () => {
    const text = 'Patienterna fick xyzumab 200 mg var 3:e vecka.';
    const { doses, diagnostics } = parseDoses(text, realLexicon());
    expect(diagnostics).toEqual([
      {
        ruleId: 'unknown-drug',
        message: {
          en: '`xyzumab` next to dose `200 mg` is not a drug in the lexicon; add it to the lexicon or correct the spelling',
          sv: '`xyzumab` intill dosen `200 mg` finns inte i läkemedelslexikonet; lägg till läkemedlet där eller rätta stavningen',
        },
        start: 17,
        end: 24,
      },
    ]);
    expect(text.slice(17, 24)).toBe('xyzumab');
    expect(doses).toMatchObject([{ drug: null, drugText: 'xyzumab', amount: { low: 200, high: 200 }, intervalDays: { low: 21, high: 21 } }]);
  });

  it('reports a brand-like capitalised word that the lexicon lacks', () => {
    const { diagnostics } = parseDoses('Patienten fick Zyxtra 40 mg dagligen.', realLexicon());
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['unknown-drug']);
  });

  it('reports a unit the drug is never given in', () => {
    const text = 'dostarlimab 500 mg/m2';
    const { diagnostics } = parseDoses(text, realLexicon());
    expect(diagnostics).toEqual([
      {
        ruleId: 'unit-kind',
        message: {
          en: 'Dose `500 mg/m2` for `dostarlimab` is body-surface based; `dostarlimab` is given as flat doses (`mg`)',
          sv: 'Dosen `500 mg/m2` för `dostarlimab` är kroppsytebaserad; `dostarlimab` ges som fasta doser (`mg`)',
        },
        start: 12,
        end: 21,
      },
    ]);
  });

  it('reports a target AUC for a drug not dosed by AUC', () => {
    const { diagnostics } = parseDoses('paklitaxel AUC 5', realLexicon());
    expect(diagnostics.map((d) => d.message.en)).toEqual([
      'Dose `AUC 5` for `paklitaxel` is a target AUC; `paklitaxel` is given as body-surface based doses (`mg/m2`)',
    ]);
  });

  it('reports the pegylated liposomal doxorubicin dose of the KEYNOTE-775 sentence as out of range', () => {
    const text = 'iv liposomalt doxorubicin 60 mg/m2 var tredje vecka';
    const { diagnostics } = parseDoses(text, realLexicon());
    expect(diagnostics).toEqual([
      {
        ruleId: 'dose-range',
        message: {
          en: 'Dose `60 mg/m2` of `pegylerat liposomalt doxorubicin` every 3 weeks is outside its plausible range `30 mg/m2` every 3 weeks or `20 mg/m2` every 2–3 weeks',
          sv: 'Dosen `60 mg/m2` av `pegylerat liposomalt doxorubicin` var 3:e vecka ligger utanför det rimliga intervallet `30 mg/m2` var 3:e vecka eller `20 mg/m2` med 2–3 veckors intervall',
        },
        start: 26,
        end: 34,
      },
    ]);
  });

  it('reports a dose above the weekly maximum', () => {
    const { diagnostics } = parseDoses('pegylerat liposomalt doxorubicin 50 mg/m2 med 2–4 veckors intervall', realLexicon());
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['dose-range']);
  });

  it('can leave range and kind checks to separate rules', () => {
    const text = 'iv liposomalt doxorubicin 60 mg/m2 var tredje vecka';
    expect(parseDoses(text, realLexicon(), { checkRanges: false }).diagnostics).toEqual([]);
    expect(parseDoses('dostarlimab 500 mg/m2', realLexicon(), { checkKinds: false }).diagnostics).toEqual([]);
  });

  it('reports a dose that names no drug', () => {
    const { doses, diagnostics } = parseDoses('Lämplig dos är 200 mg/dag.', realLexicon());
    expect(doses).toHaveLength(1);
    expect(diagnostics).toEqual([
      { ruleId: 'dose-without-drug', message: { en: 'Dose `200 mg` names no drug in its sentence', sv: 'Dosen `200 mg` anger inget läkemedel i sin mening' }, start: 15, end: 25 },
    ]);
  });

  it('does not carry a drug across sentences when the earlier one names two', () => {
    const { doses, diagnostics } = parseDoses('Dostarlimab och pembrolizumab ges i Sverige. Dosen är 500 mg.', realLexicon());
    expect(doses[0]?.drug).toBeNull();
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['dose-without-drug']);
  });
});
