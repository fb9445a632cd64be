import { describe, expect, it } from 'vitest';
import { parseDoses } from '../parse-doses.js';
import { realLexicon } from '../__fixtures__/real-lexicon.js';

const lexicon = realLexicon();

/** The words each `dose-partial-reading` finding points at. */
function leftovers(text: string): string[] {
  return parseDoses(text, lexicon)
    .diagnostics.filter((d) => d.ruleId === 'dose-partial-reading')
    .map((d) => text.slice(d.start, d.end));
}

// Own sentences, written for these tests.
describe('dose-partial-reading holds for the whole clause of a dose', () => {
  it('reports a schedule written before the dose in a form the grammar does not read', () => {
    expect(leftovers('Med 3 dagars mellanrum ges paklitaxel 80 mg/m2.')).toEqual(['3 dagars']);
  });

  it('reports a route written out too far from the dose to be taken in, but not a stage `IV`', () => {
    expect(leftovers('Ondansetron 8 mg ges som en enstaka långsam intravenös injektion.')).toEqual(['intravenös']);
    expect(leftovers('Vid stadium III–IV ges paklitaxel 175 mg/m2.')).toEqual([]);
  });

  it('reports a number far after the dose in the same clause', () => {
    expect(leftovers('Paklitaxel 175 mg/m2 ges som infusion under lång tid, upprepas efter 21 dygn.')).toEqual(['21 dygn']);
  });

  it('reports a number beside a named drug when no dose was read at all', () => {
    expect(leftovers('Paklitaxel 175 zz per kvadratmeter.')).toEqual(['175']);
  });

  it('a clause without a dose or a drug is not searched', () => {
    expect(leftovers('Paklitaxel 175 mg/m2 ges. Studien pågick i 3 kurer.')).toEqual([]);
  });

  it('a semicolon ends the clause', () => {
    expect(leftovers('Paklitaxel 175 mg/m2; uppföljning 3 gånger.')).toEqual([]);
  });

  it('reports a count in words as it reports a number, but not an article', () => {
    // (`totalt fyra doser` is read as the course's cycles: read-cycles.test.ts.)
    expect(leftovers('Ipilimumab 3 mg/kg var tredje vecka, fyra doser.')).toEqual(['fyra']);
    expect(leftovers('Metotrexat 15 mg en gång i veckan.')).toEqual([]);
  });

  it('a times word without a number before it is not a schedule', () => {
    expect(leftovers('Många gånger ges paklitaxel 175 mg/m2.')).toEqual([]);
  });
});

describe('recognised non-doses are not leftovers', () => {
  it.each([
    // (`175 mg/m2 till patienter över 70 år` is a condition on the dose: dose-condition.test.ts.)
    'Paklitaxel 175 mg/m2 gavs till 40 patienter över 70 år.',
    'Paklitaxel 175 mg/m2 gav svar hos 20–30 % av 412 patienter.',
    'Paklitaxel 175 mg/m2 i fas 2-studien, del 1, arm 2.',
    'Paklitaxel 175 mg/m2 förlängde PFS från 9,3 till 11,2 månader (HR 0,6).',
    'Paklitaxel 175 mg/m2 i 500 ml under 180 min vid kroppsvikt > 60 kg.',
    'Paklitaxel 175 mg/m2 studerades 2019 och gav 3-årsöverlevnad i nivå 2.',
    // An outcome's length after `var` (was) in a sentence naming a drug: it was reported as an unread schedule.
    'Medianöverlevnaden var 37 månader i paklitaxel–karboplatin-armen.',
    'Den progressionsfria överlevnaden var 8,3 månader med lenvatinib.',
    'Uppföljningstiden var 24 månader för pembrolizumab.',
  ])('%s', (text) => {
    expect(leftovers(text)).toEqual([]);
  });

  it('`var` with a count after a drug is still a schedule left unread (hostile)', () => {
    expect(leftovers('Karboplatin, var 3 veckor.').length).toBeGreaterThan(0);
  });
});

describe('a number inside a statement that no element read', () => {
  // Own sentences: the statement runs from the name to the amount, over the number.
  it('is reported (`Cisplatin 75/100 mg/m2`, `75 och 100 mg/m2`)', () => {
    expect(leftovers('Cisplatin 75/100 mg/m2.')).toEqual(['75']);
    expect(leftovers('Cisplatin 75 och 100 mg/m2 dag 1.')).toEqual(['75']);
  });

  it('a number an element read is not (`Cisplatin 75 eller 100 mg/m2`, `Karboplatin AUC 5`)', () => {
    expect(leftovers('Cisplatin 75 eller 100 mg/m2.')).toEqual([]);
    expect(leftovers('Karboplatin AUC 5 dag 1.')).toEqual([]);
  });
});

describe('doses in units the graph cannot hold in that form are never dropped silently', () => {
  it('international units and million units per m2 or restated in parentheses', () => {
    expect(leftovers('Heparin 5000 IE sc.')).toEqual(['5000 IE']);
    expect(leftovers('Aldesleukin 18 MIE/m2 iv.')).toEqual(['18 MIE']);
    expect(leftovers('Filgrastimdosen: under 70 kg 30 IE, över 70 kg 48 IE.')).toEqual(['30 IE', '48 IE']);
    expect(leftovers('Filgrastim 5 mikrogram/kg (0,5 ME/kg) sc.')).toEqual(['0,5 ME']);
  });

  it('centigray and the activity of a radiopharmaceutical, in a clause that names no drug', () => {
    expect(leftovers('Strålbehandling 4500 cGy på 25 fraktioner.').length).toBe(1);
    expect(leftovers('Lutetium-177 7,4 GBq var 8:e vecka.').length).toBe(1);
  });

  it('a share of a dose (`75 % av dosen`), in any clause; a percentage of anything else is no leftover', () => {
    expect(leftovers('Vid GFR 30–60 ml/min ges 75 % av dosen.')).toEqual(['75 % av dosen']);
    expect(leftovers('Kreatininclearance 30-50 ml/min: 50 % dos.')).toEqual(['50 % dos']);
    expect(leftovers('Cirka 10 % av de hormonreceptornegativa tumörerna svarar.')).toEqual([]);
  });

  it('million units read as a dose, and an intraperitoneal route, are no leftovers', () => {
    expect(leftovers('Filgrastim 0,5 ME/kg sc.')).toEqual([]);
    expect(leftovers('Oxaliplatin | Intraperitoneal instillation | 460 mg/m2')).toEqual([]);
    expect(leftovers('Cisplatin 50 mg/m2 ip dag 1.')).toEqual([]);
  });

  it('a clause with neither a dose, a drug nor such an amount is not searched', () => {
    expect(leftovers('Studien omfattade 30 centra och 48 sjukhus.')).toEqual([]);
  });
});
