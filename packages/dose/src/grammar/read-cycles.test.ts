import { describe, expect, it } from 'vitest';
import { parseDoses } from '../parse-doses.js';
import { realLexicon } from '../__fixtures__/real-lexicon.js';

// Own sentences in the style of immunotherapy regimen sheets and product information.
const read = (text: string) => parseDoses(text, realLexicon(), { checkRanges: false, checkKinds: false });
const cycles = (text: string) => read(text).doses.map((d) => d.cycles);

describe('a course counted in administrations', () => {
  it('`totalt 4 doser`, `till totalt 4 doser` and `upp till 4 infusioner` are its cycles (the count was reported as unread)', () => {
    expect(cycles('Ipilimumab 3 mg/kg iv var 3:e vecka, totalt 4 doser.')).toEqual([{ low: 4, high: 4 }]);
    expect(cycles('Ipilimumab 3 mg/kg iv var 3:e vecka till totalt 4 doser.')).toEqual([{ low: 4, high: 4 }]);
    expect(cycles('Ipilimumab 1 mg/kg var 3:e vecka, upp till 4 infusioner.')).toEqual([{ low: null, high: 4 }]);
    expect(read('Ipilimumab 3 mg/kg iv var 3:e vecka, totalt 4 doser.').diagnostics).toEqual([]);
  });

  it('a cap per day, a day split into doses, or a bare count is no course (hostile): left unread and reported', () => {
    for (const text of ['Morfin 5 mg sc, högst 4 doser per dygn.', 'Tamoxifen 20 mg dagligen, fördelat på två doser.', 'Ipilimumab 3 mg/kg iv var 3:e vecka, 4 doser.']) {
      expect(cycles(text)).toEqual([null]);
      expect(read(text).diagnostics.map((d) => d.ruleId)).toContain('dose-partial-reading');
    }
    // `totalt 4 doser per dygn` is the times a day, as before.
    expect(read('Paracetamol 1 g, totalt 4 doser per dygn.').doses.map((d) => [d.timesPerDay?.low, d.cycles])).toEqual([[4, null]]);
  });
});

describe('cycles as regimen sheets and patient information count them', () => {
  it('`x 4 kurer` is four cycles, and `x 2 kurer` two cycles, not twice a day', () => {
    expect(read('Cisplatin 100 mg/m2 dag 1 var 3:e vecka x 4 kurer.').doses.map((d) => [d.cycles, d.timesPerDay])).toEqual([[{ low: 4, high: 4 }, null]]);
    expect(read('Cisplatin 100 mg/m2 dag 1 var 3:e vecka x 2 kurer.').doses.map((d) => [d.cycles, d.timesPerDay])).toEqual([[{ low: 2, high: 2 }, null]]);
    expect(read('Cisplatin 100 mg/m2 dag 1 var 3:e vecka x 4 kurer.').diagnostics).toEqual([]);
  });

  it('compounds of a cycle noun count cycles (they were reported as unread)', () => {
    expect(cycles('Epirubicin 90 mg/m2 var 3:e vecka, maximalt 6 behandlingscykler.')).toEqual([{ low: null, high: 6 }]);
    expect(cycles('Gemcitabin 1000 mg/m2 dag 1 och 8 var 3:e vecka, 6 behandlingsomgångar.')).toEqual([{ low: 6, high: 6 }]);
  });

  it('`omgångar` alone counts no cycles: `i två omgångar` is a dose split in two portions; it is reported (hostile)', () => {
    for (const [text, words] of [
      ['Dexametason 8 mg ges uppdelat i två omgångar.', 'två'],
      ['Gemcitabin 1000 mg/m2 dag 1 och 8 var 3:e vecka, 6 omgångar.', '6 omgångar'],
    ] as const) {
      expect(cycles(text)).toEqual([null]);
      expect(read(text).diagnostics.map((d) => text.slice(d.start, d.end))).toEqual([words]);
    }
  });

  it('`antal cykler 6` after the dose is its cycles; `Antal cykler: 6.` alone after it is reported, not lost', () => {
    expect(cycles('Cisplatin 75 mg/m2 dag 1 var 3:e vecka, antal cykler 6.')).toEqual([{ low: 6, high: 6 }]);
    const alone = read('Cisplatin 75 mg/m2 dag 1 var 3:e vecka. Antal kurer: 4–6.');
    expect(alone.doses.map((d) => d.cycles)).toEqual([null]);
    expect(alone.diagnostics.map((d) => 'Cisplatin 75 mg/m2 dag 1 var 3:e vecka. Antal kurer: 4–6.'.slice(d.start, d.end))).toEqual(['Antal kurer: 4–6']);
  });

  it('a radiotherapy course (`strålkur`) is no cycle count', () => {
    expect(cycles('Cisplatin 40 mg/m2 veckovis under 5 veckor, samtidigt med strålkur.')).toEqual([null]);
  });
});

describe('cycles heading a sentence (`Cykel 1–4:`)', () => {
  it('are the cycles of every dose in it, as `Dag 1:` gives the days (doxorubicin got a statement of cycles only)', () => {
    const { doses, diagnostics } = read('Cykel 1–4: doxorubicin 60 mg/m2 och cyklofosfamid 600 mg/m2 var 3:e vecka.');
    expect(doses.map((d) => [d.drug, d.amount?.low, d.cycles, d.intervalDays?.low])).toEqual([
      ['doxorubicin', 60, { low: 4, high: 4 }, 21],
      ['cyclophosphamide', 600, { low: 4, high: 4 }, 21],
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('cycles that do not start at the first are reported, not taken as a count (hostile)', () => {
    const { doses, diagnostics } = read('Kur 5–8: paklitaxel 80 mg/m2 veckovis.');
    expect(doses.map((d) => d.cycles)).toEqual([null]);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['dose-partial-reading']);
  });
});

describe('cycles with the length of each (`4 cykler à 21 dagar`)', () => {
  it('give the cycle length and the interval between cycles (the length was reported as unread)', () => {
    const { doses, diagnostics } = read('Cisplatin 75 mg/m2 dag 1, 4 cykler à 21 dagar.');
    expect(doses.map((d) => [d.cycles, d.cycleLengthDays, d.intervalDays, d.days])).toEqual([[{ low: 4, high: 4 }, 21, { low: 21, high: 21 }, [1]]]);
    expect(diagnostics).toEqual([]);
  });

  it('a length no cycle has is reported (hostile), and `à` before a strength is still a strength', () => {
    expect(read('Cisplatin 75 mg/m2 dag 1, 4 cykler à 200 dagar.').diagnostics.map((d) => d.ruleId)).toEqual(['dose-partial-reading']);
    expect(read('Paracetamol 2 tabletter à 500 mg 3 gånger per dygn.').doses).toEqual([]);
  });
});
