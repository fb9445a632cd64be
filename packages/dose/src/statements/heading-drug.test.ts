import { describe, expect, it } from 'vitest';
import { parseDoses } from '../parse-doses.js';
import { realLexicon } from '../__fixtures__/real-lexicon.js';

const read = (text: string, heading: string) => parseDoses(text, realLexicon(), { checkRanges: false, checkKinds: false, heading });

// Own headings and sentences.
describe('a dose whose sentence names no drug takes the drug of its heading', () => {
  it('gives the one drug of the heading, with the span of its name in the heading', () => {
    const heading = 'Basfakta: Paklitaxel intravenös infusion';
    const { doses, diagnostics } = read('Vanlig dos 175 mg/m2 var 3:e vecka.', heading);
    expect(doses.map((d) => [d.drug, d.drugText])).toEqual([['paclitaxel', 'Paklitaxel']]);
    const span = doses[0]?.drugFromHeading;
    expect(span === null || span === undefined ? null : heading.slice(span.start, span.end)).toBe('Paklitaxel');
    expect(doses[0]?.drugRole).toBe('therapy');
    expect(diagnostics).toEqual([]);
  });

  it('a noun for a dose in the drug position does not keep the heading drug away', () => {
    expect(read('Startdos 175 mg/m2, därefter en engångsdos 135 mg/m2.', 'Paklitaxel').doses.map((d) => d.drug)).toEqual(['paclitaxel', 'paclitaxel']);
  });

  it('a word that makes the amount approximate is no drug in the drug position (`Ca`, `cirka`)', () => {
    expect(read('Barn: Ca 3 mg/kg kroppsvikt.', 'Cyklofosfamid').doses.map((d) => d.drug)).toEqual(['cyclophosphamide']);
    expect(read('Vuxna: cirka 100 mg dagligen.', 'Cyklofosfamid').doses.map((d) => d.drug)).toEqual(['cyclophosphamide']);
    // A capitalised word that is no such word still keeps the heading drug away.
    expect(read('Barn: Cytoxan 3 mg/kg kroppsvikt.', 'Cyklofosfamid').doses.map((d) => d.drug)).toEqual([null]);
  });

  it('an abbreviation of a disease in the sentence does not keep the heading drug away; an unknown capitalised word does', () => {
    const heading = 'Dosering – Tasigna (nilotinib)';
    expect(read('300 mg två gånger dagligen är rekommenderad dos för vuxna med nydiagnostiserad KML.', heading).doses.map((d) => d.drug)).toEqual(['nilotinib']);
    expect(read('300 mg två gånger dagligen är rekommenderad dos för vuxna som fått Zoxabrel.', heading).doses.map((d) => d.drug)).toEqual([null]);
  });

  it('a word for a dosage form in the drug position names no other drug (`Ett implantat 3,6 mg`)', () => {
    expect(read('Ett implantat 3,6 mg injiceras subkutant var 28:e dag.', 'Goserelin').doses.map((d) => d.drug)).toEqual(['goserelin']);
    expect(read('En tablett 2,5 mg dagligen.', 'Letrozol').doses.map((d) => d.drug)).toEqual(['letrozole']);
    // An unknown word in its place still keeps the heading drug away.
    expect(read('Ett Zyxtraimplantat 3,6 mg injiceras subkutant var 28:e dag.', 'Goserelin').doses.map((d) => d.drug)).toEqual([null]);
  });

  it('a clause before a colon that says for whom the dose is does not keep the heading drug away; a short label does', () => {
    expect(read('Dos: För de som inte står på opioider tidigare: 2,5-5 mg sc vid behov.', 'Morfin (morfin) injektion').doses.map((d) => d.drug)).toEqual(['morphine']);
    expect(read('Zyxtra Depot: 2,5-5 mg sc vid behov.', 'Morfin (morfin) injektion').doses.map((d) => d.drug)).toEqual([null]);
    // Four words without a function word may be a product's name and strength.
    expect(read('Zyxtra Depot Novum Forte: 2,5-5 mg sc vid behov.', 'Morfin (morfin) injektion').doses.map((d) => d.drug)).toEqual([null]);
  });

  it('headings nearest first: one that names no drug passes the question to the one above it', () => {
    const headings = ['13.3.2.1 Dosering', '13.3.2 Paklitaxel', '13 Behandling av återfall'];
    const { doses, diagnostics } = parseDoses('Rekommenderad dos är 80 mg/m2 varje vecka.', realLexicon(), { heading: headings });
    expect(doses.map((d) => [d.drug, d.drugFromHeading?.heading])).toEqual([['paclitaxel', 1]]);
    const span = doses[0]?.drugFromHeading;
    expect(span ? headings[span.heading]?.slice(span.start, span.end) : null).toBe('Paklitaxel');
    expect(diagnostics).toEqual([]);
  });

  it('the nearest heading that names two drugs decides: no drug, even if one above names one', () => {
    const headings = ['13.3.2.1 Karboplatin och paklitaxel', '13.3.2 Paklitaxel'];
    expect(parseDoses('Rekommenderad dos är 80 mg/m2 varje vecka.', realLexicon(), { heading: headings }).doses.map((d) => d.drug)).toEqual([null]);
  });

  it('a heading that names two drugs gives none: dose-without-drug as without a heading', () => {
    const { doses, diagnostics } = read('Vanlig dos 175 mg/m2 var 3:e vecka.', 'Karboplatin och paklitaxel');
    expect(doses[0]?.drug).toBeNull();
    expect(doses[0]?.drugFromHeading).toBeNull();
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['dose-without-drug']);
  });

  it('a heading with a name glued to another drug by a hyphen gives none', () => {
    expect(read('Dosen är 420 mg.', 'Trastuzumab sc-Pertuzumab').doses[0]?.drug).toBeNull();
  });

  it('a product name the heading gives its drug in parentheses is that drug in the sentence, not another', () => {
    const heading = 'Produktresumé Zyxtrel 6 mg/ml koncentrat till infusionsvätska (paklitaxel)';
    expect(read('Rekommenderad dos av Zyxtrel är 175 mg/m2 var tredje vecka.', heading).doses.map((d) => d.drug)).toEqual(['paclitaxel']);
    // Another capitalised word still keeps the heading drug away, and without the parentheses the product name is unknown.
    expect(read('Rekommenderad dos av Zoxabrel är 175 mg/m2 var tredje vecka.', heading).doses.map((d) => d.drug)).toEqual([null]);
    expect(read('Rekommenderad dos av Zyxtrel är 175 mg/m2 var tredje vecka.', 'Produktresumé Zyxtrel, paklitaxel').doses.map((d) => d.drug)).toEqual([null]);
  });

  it('a drug-like word in the sentence keeps the heading drug away', () => {
    for (const text of ['Zoxalimab 10 mg ges dagligen.', 'Därefter ges zoxatinib 10 mg dagligen.', 'Ge Paklitaksel 175 mg/m2.', 'Sedan ges zoxavir 175 mg/m2.']) {
      const { doses } = read(text, 'Paklitaxel');
      expect(doses.every((dose) => dose.drug !== 'paclitaxel')).toBe(true);
    }
  });

  it('a capital inside a read schedule is not a drug-like word (`Dag 1-14`, as a table writes it)', () => {
    expect(read('1250 mg/m2 x 2 /dag tabletter Dag 1-14', 'Kapecitabin').doses.map((d) => d.drug)).toEqual(['capecitabine']);
    // … while a capitalised word outside any element still keeps it away.
    expect(read('1250 mg/m2 x 2 /dag Zoxaban Dag 1-14', 'Kapecitabin').doses.map((d) => d.drug)).toEqual([null]);
  });

  it('a sentence that names its own drug is not changed by the heading', () => {
    const { doses } = read('Karboplatin AUC 5 och 175 mg/m2 dag 1.', 'Paklitaxel');
    expect(doses.map((d) => [d.drug, d.drugFromHeading])).toEqual([
      ['carboplatin', null],
      ['carboplatin', null],
    ]);
  });

  it('radiotherapy never takes a drug from the heading', () => {
    expect(read('Strålbehandling 4 Gy x 5.', 'Paklitaxel').doses[0]?.drug).toBeNull();
  });

  it('an amount the lexicon does not expect for the heading drug keeps no drug', () => {
    // (`Tabletten ger 5 mg natrium.` is no dose at all since an excipient's amount is content: see not-a-dose.test.ts.)
    for (const text of ['Tabletten ger 5 mg kalcium.', 'Dosen 2000 mg/m2 gav svår toxicitet.']) {
      const { doses, diagnostics } = read(text, 'Paklitaxel');
      expect(doses.map((d) => d.drug)).toEqual([null]);
      expect(diagnostics.map((d) => d.ruleId)).toContain('dose-without-drug');
    }
  });

  it('a heading drug needs a dose cue in the sentence: a route, a schedule, a dosing word, who it is for', () => {
    const drugs = (text: string) => read(text, 'Basfakta: Ondansetron intravenös injektion').doses.map((d) => d.drug);
    expect(drugs('Ges 8 mg.')).toEqual(['ondansetron']);
    expect(drugs('Vuxna: 4 mg.')).toEqual(['ondansetron']);
    expect(drugs('Barn: Totaldos 0,1 mg/kg.')).toEqual(['ondansetron']);
    expect(drugs('8 mg iv.')).toEqual(['ondansetron']);
    expect(drugs('8 mg är startdos.')).toEqual(['ondansetron']);
    expect(drugs('8 mg utgör den rekommenderade dosen.')).toEqual(['ondansetron']);
    // `är` with no dose noun after it names no dose.
    expect(drugs('8 mg är mycket.')).toEqual([null]);
    // A bare amount in a sentence that gives no dose stays without a drug (hostile).
    const bare = read('Tabellen visar 8 mg.', 'Basfakta: Ondansetron intravenös injektion');
    expect(bare.doses.map((d) => d.drug)).toEqual([null]);
    expect(bare.diagnostics.map((d) => d.ruleId)).toEqual(['dose-without-drug']);
  });
});
