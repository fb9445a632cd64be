import { describe, expect, it } from 'vitest';
import { parseDoses } from '../parse-doses.js';
import { realLexicon } from '../__fixtures__/real-lexicon.js';

// Own sentences, written in the style of Swedish product information (sections 1, 2 and 4.2 of
// an SmPC), ambulance drug handbooks and palliative care guidance.
const read = (text: string, heading?: string) =>
  parseDoses(text, realLexicon(), { checkRanges: false, checkKinds: false, ...(heading === undefined ? {} : { heading }) });
const amounts = (text: string, heading?: string) => read(text, heading).doses.map((d) => [d.drug, d.amount?.low, d.unit]);

describe('product content and strength are not doses', () => {
  it.each([
    // `innehåller` covers every amount of its clause, coordinated ones and a restated one too.
    ['Varje filmdragerad tablett innehåller 20 mg tamoxifen, 84 mg laktosmonohydrat och mindre än 1 mmol (23 mg) natrium.', 'Tamoxifen'],
    ['Exempel på styrkeangivelse är 300 mikrogram filgrastim (30 miljoner enheter) per 0,5 ml injektionsvätska.', 'Filgrastim'],
    // A strength in a product name: an amount and a dosage form after a brand.
    ['Tamoxifen Medical 20 mg filmdragerade tabletter ska endast ges till kvinnor.', 'Tamoxifen'],
    ['Bosulif 100 mg tabletter och Bosulif 500 mg tabletter finns i burk.', 'Bosutinib'],
    ['Varje 50 mg tablett innehåller 9 mg laktosmonohydrat.', 'Bosutinib'],
    // An amount per a volume is a concentration.
    ['Filgrastim 300 mikrogram per 0,5 ml.', 'Filgrastim'],
    // An excipient named with its amount, without any cue.
    ['Hjälpämnen: 45 mg vattenfri laktos och 2 mg sackaros.', 'Tamoxifen'],
    ['En tablett består av 10 mg domperidon.', 'Domperidon'],
    // The strengths a product comes in.
    ['Finns som kapslar i två dosstyrkor: 100 mg och 150 mg.', 'Nintedanib'],
    ['Ondansetron finns som 4 mg och 8 mg tabletter.', 'Ondansetron'],
    ['För att nå dosen finns Zyxtra tillgänglig som 20 mg, 50 mg och 70 mg filmdragerade tabletter.', 'Dasatinib'],
    ['Förpackning: Zoladex 3,6 mg implantat.', 'Goserelin'],
    ['Zyxtra 4 mg och 10 mg hårda kapslar.', 'Lenvatinib'],
    ['Kapecitabin Accord 500 mg filmdragerad tablett', 'Kapecitabin'],
    ['Läkemedlet levereras som 100 mg pulver till infusionsvätska.', 'Dakarbazin'],
    // The strengths listed right after a dosage form, ending the sentence.
    ['Zyxtra filmdragerad tablett 50 mg, 100 mg och 150 mg', 'Abemaciklib'],
    ['Texten gäller för: Zyxtra Actavis tablett 2,5 mg, 5 mg och 10 mg.', 'Prednisolon'],
    ['Zyxtra injektionsvätska, lösning i förfylld injektionspenna 7,5 mg, 10 mg, 12,5 mg och 15 mg', 'Metotrexat'],
    // What a tablet or implant looks like, after its strength; a tablet named with its strength.
    ['Filmdragerad tablett 40 mg (Ljusrosa filmdragerade tabletter, ovala med en längd på 16 mm).', 'Regorafenib'],
    ['Zyxtra Accord 150 mg, persikofärgad, avlång, bikonvex, filmdragerad tablett.', 'Kapecitabin'],
    // A product's name, strength and form set off by commas, as a product page heads itself.
    ['Zyxtra LAR, 10 mg, pulver och vätska till injektionsvätska, suspension', 'Oktreotid'],
    ['Implantat i förfylld spruta 3,6 mg (vit till krämfärgad stav, 12×1 mm).', 'Goserelin'],
    ['10 mg tabletten har en skåra som endast är avsedd för identifiering.', 'Metotrexat'],
    // A vial being prepared: its content is dissolved, and no dose is given.
    ['Cytarabin 100 mg löses i 5 ml sterilt vatten, ger stamlösning 20 mg/ml.', 'Cytarabin'],
    ['Innehållet späds med 10 ml per 100 mg.', 'Dakarbazin'],
  ])('%s', (text, heading) => {
    const { doses, diagnostics } = read(text, heading);
    expect(doses).toEqual([]);
    expect(diagnostics.filter((d) => d.ruleId !== 'dose-partial-reading')).toEqual([]);
  });

  it('a list of amounts after a dosage form that goes on with a schedule is read as doses', () => {
    expect(amounts('Tamoxifen tablett 20 mg eller 40 mg dagligen.')).toEqual([['tamoxifen', 20, 'mg'], ['tamoxifen', 40, 'mg']]);
    expect(amounts('Dexametason tablett 8 mg.')).toEqual([['dexamethasone', 8, 'mg']]);
  });

  it('a sentence preparing a vial keeps a dose that is given or per body surface', () => {
    expect(amounts('Cisplatin 50 mg löses i 500 ml natriumklorid och ges iv.', 'Cisplatin')).toEqual([['cisplatin', 50, 'mg']]);
    expect(amounts('Daunorubicin 45 mg/m2 löses i 250 ml glukos.')).toEqual([['daunorubicin', 45, 'mg/m2']]);
    expect(amounts('Cyklofosfamid 500 mg dag 1 löses upp i ett glas vatten.')).toEqual([['cyclophosphamide', 500, 'mg']]);
  });

  it('a mass per body surface is never a content, even after `innehåller`', () => {
    expect(amounts('Behandlingen innehåller docetaxel 75 mg/m2 var 3:e vecka.')).toEqual([['docetaxel', 75, 'mg/m2']]);
  });

  it('the content ends with its clause: a dose after a semicolon is read', () => {
    const { doses } = read('Varje tablett innehåller 20 mg tamoxifen; rekommenderad dos är 20 mg dagligen.');
    expect(doses.map((d) => [d.drug, d.amount?.low, d.intervalDays?.low])).toEqual([['tamoxifen', 20, 1]]);
  });

  it('one unit of a strength is a dose (`en 20 mg tablett`), and a dosage form after a schedule is the route', () => {
    expect(amounts('Rekommenderad dos är en 20 mg tablett en gång dagligen.', 'Tamoxifen')).toEqual([['tamoxifen', 20, 'mg']]);
    expect(read('Kapecitabin 1250 mg/m2 x 2 /dag tabletter dag 1-14.').doses.map((d) => [d.amount?.low, d.route])).toEqual([[1250, 'po']]);
  });
});

describe('an amount restated in brackets is the same quantity', () => {
  it('a volume in brackets after the dose keeps the route after it with the dose', () => {
    const { doses } = read('Vuxna: 4 mg (= 2 ml) i.v. Upprepas ej.', 'Ondansetron');
    expect(doses.map((d) => [d.drug, d.amount?.low, d.route])).toEqual([['ondansetron', 4, 'iv']]);
    expect(read('Ondansetron 1–2 mg (0,5–1 ml) iv vid behov.').doses.map((d) => [d.amount?.high, d.route])).toEqual([[2, 'iv']]);
  });

  it('the mass in brackets after a volume is the dose; a mass restating a target AUC is no second dose', () => {
    expect(read('Ondansetron 2 ml (4 mg) iv.').doses.map((d) => [d.amount?.low, d.unit, d.route])).toEqual([[4, 'mg', 'iv']]);
    const { doses } = read('Karboplatin AUC 5 (ca 600 mg) iv dag 1, ny kur dag 22.');
    expect(doses.map((d) => [d.drug, d.amount?.low, d.unit, d.route, d.days])).toEqual([['carboplatin', 5, 'mg/mL.min', 'iv', [1]]]);
  });

  it('a bracket that names a drug is no restatement (hostile)', () => {
    expect(amounts('Cisplatin 75 mg/m2 (etoposid 100 mg/m2) iv.')).toEqual([['cisplatin', 75, 'mg/m2'], ['etoposide', 100, 'mg/m2']]);
  });
});

describe('overdose observations are not doses', () => {
  it.each([
    'Toxicitet enligt FASS: 48 mg gav lindrig intox.',
    'Vid överdosering med upp till 145 mg har inga symtom rapporterats.',
    'Överdos: 32 mg iv gav övergående blindhet.',
  ])('%s', (text) => {
    const { doses, diagnostics } = read(text, 'Ondansetron');
    expect(doses).toEqual([]);
    expect(diagnostics).toEqual([]);
  });

  it('a sentence about an overdose that gives a dose keeps it (hostile)', () => {
    expect(amounts('Vid överdosering av metotrexat ges kalciumfolinat 15 mg iv var 6:e timme.')).toEqual([['calcium-folinate', 15, 'mg']]);
  });

  it('an overdose in the next sentence does not touch the dose', () => {
    expect(amounts('Ondansetron 8 mg iv. Vid överdos ges symtomatisk behandling.')).toEqual([['ondansetron', 8, 'mg']]);
  });
});

// Own sentences in the style of the evidence sections of care programmes, which describe what
// patients in a study received. The labelling guide counts statistics as no doses.
describe('a statistic of the doses given is not a dose', () => {
  it.each([
    ['Den totala dosen doxorubicin var i median 4 200 mg.'],
    ['Medeldosen av paklitaxel var 120 mg/m2 i studien.'],
    ['Patienterna fick i genomsnitt 1 800 mg kapecitabin per dygn.'],
    ['Mediandosen av olaparib uppgick till 600 mg per dygn.'],
    ['Den genomsnittliga dosen karboplatin var AUC 4,5.'],
    ['Patients received a median of 6 mg/kg trastuzumab.'],
  ])('%s', (text) => {
    expect(amounts(text)).toEqual([]);
    expect(read(text).diagnostics).toEqual([]);
  });

  it('a dose in a sentence about a median of something else is read (hostile)', () => {
    expect(amounts('Medianöverlevnaden var 12 månader med karboplatin AUC 5 var 3:e vecka.')).toEqual([['carboplatin', 5, 'mg/mL.min']]);
    expect(amounts('I median gavs karboplatin AUC 5 i 6 cykler.')).toEqual([['carboplatin', 5, 'mg/mL.min']]);
    expect(amounts('Medeldosen var lägre än planerat; paklitaxel 80 mg/m2 gavs varje vecka.')).toEqual([['paclitaxel', 80, 'mg/m2']]);
    expect(amounts('Paklitaxel 80 mg/m2 var 7:e dag.')).toEqual([['paclitaxel', 80, 'mg/m2']]);
  });
});
