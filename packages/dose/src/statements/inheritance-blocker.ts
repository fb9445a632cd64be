import { CLINICAL_ABBREVIATIONS } from '../check/clinical-abbreviations.js';
import type { TokenStream } from '../grammar/token-stream.js';

/**
 * Words that often stand between two doses of the same drug (`… följt av 1000 mg`, `… därefter
 * 80 mg/m2`, `… eller vid behov 1 000 mg/dag`); none of them can be a drug.
 */
const BETWEEN_DOSES = new Set([
  'därefter', 'sedan', 'följt', 'därpå', 'senare', 'eventuellt', 'alternativt', 'respektive', 'högst', 'minst', 'maximalt',
  'initialt', 'första', 'andra', 'tredje', 'veckan', 'veckor', 'dosen', 'doser', 'dosering', 'doseringen', 'dagar', 'totalt',
  'vanligen', 'oftast', 'antingen', 'högre', 'lägre', 'reducerad', 'reduceras', 'reducerat', 'sänkt', 'sänks', 'ökas', 'höjas',
  'ytterligare', 'behov', 'vilket', 'motsvarande', 'därvid', 'kombination', 'kombinerat', 'tillsammans', 'efterföljande',
  'following', 'followed', 'reduced', 'increased', 'thereafter', 'either', 'another', 'further', 'total', 'every',
]);
/**
 * `Vuxna: 4 mg`, `Barn 0,2 mg/kg`, `Äldre patienter: 2,5 mg`: who the dose is for, which dosing
 * tables of product information and drug handbooks put where a drug could stand; never a drug.
 */
const POPULATION = new Set([
  'vuxna', 'vuxen', 'barn', 'äldre', 'patienter', 'patient', 'kvinnor', 'män', 'ungdomar', 'spädbarn', 'nyfödda', 'opioidnaiva',
  'opioidnaiv', 'adults', 'adult', 'children', 'elderly', 'patients',
]);

export function isPopulationWord(lower: string): boolean {
  return POPULATION.has(lower);
}

/** `Ca 3 mg/kg`, `cirka 75 mg/m2`, `drygt 2 g`: a word that makes an amount approximate; never a drug. */
const APPROXIMATORS = new Set(['ca', 'cirka', 'ungefär', 'omkring', 'drygt', 'knappt', 'approx', 'approximately', 'about']);

export function isApproximator(lower: string): boolean {
  return APPROXIMATORS.has(lower);
}

/**
 * `Ett implantat 3,6 mg`, `Tablett 10 mg`: a word for the form a dose is given in. It names no
 * drug, so under a heading that names one the amount is that drug's; after another drug's dose
 * in the same sentence it still blocks inheritance (the tablet may be of a drug not named).
 */
const DOSAGE_FORM = /^(implantat|implantatet|tablett|tabletten|tabletter|kapsel|kapseln|kapslar|depotkapsel|depottablett|depottabletter|injektion|injektionen|injektioner|infusion|infusionen|ampull|ampullen|spruta|sprutan|plåster|plåstret|suppositorium|stolpiller|brustablett|munsönderfallande)$/;

export function isDosageForm(lower: string): boolean {
  return DOSAGE_FORM.test(lower);
}

/** `engångsdos`, `startdosen`, `veckodoser`: a noun for a dose, never a drug. */
const DOSE_NOUN = /dos(en|er|erna|ering|eringen)?$/;

export function isDoseNoun(lower: string): boolean {
  return DOSE_NOUN.test(lower);
}
/** Shorter words are function words (`och`, `av`, `med`, `till`, `dag`) and never taken for a drug. */
const SHORTEST_NAME = 5;

/**
 * `cisplatin 75 mg/m2, därefter vinorelbin 25 mg/m2`: the word in the drug's position of a bare
 * amount (the last word before it, after the previous dose of the sentence, skipping brackets)
 * may name another drug, which the lexicon does not know; then the amount does not inherit the
 * earlier drug. Words of read elements (`inElement`: a schedule, a route, a joining word), short
 * words, the words of `BETWEEN_DOSES` and abbreviations such as `NSCLC` never block. Returns the token index, or -1.
 */
export function wordBlockingInheritance(stream: TokenStream, inElement: Uint8Array, from: number, to: number): number {
  for (let index = to - 1; index >= from; index--) {
    const token = stream.at(index);
    if (token === undefined) return -1;
    if (token.kind === 'punct' && ['(', ')', ':'].includes(token.text)) continue;
    // `… dagligen och vitamin B12 1000 mikrogram`: a letter code glued to a number names a substance.
    if (token.kind === 'number' && isLetterCode(stream, index)) return inElement[index] === 0 ? index - 1 : -1;
    if (token.kind !== 'word' || inElement[index] !== 0) return -1;
    const never = BETWEEN_DOSES.has(token.lower) || DOSE_NOUN.test(token.lower) || POPULATION.has(token.lower) || APPROXIMATORS.has(token.lower) || CLINICAL_ABBREVIATIONS.has(token.lower);
    return token.lower.length >= SHORTEST_NAME && !never ? index : -1;
  }
  return -1;
}

/** `B12`, `D3`, `K1`: one capital letter glued to the number at `index`, no known abbreviation (`HER2` is one). */
function isLetterCode(stream: TokenStream, index: number): boolean {
  const number = stream.at(index);
  const letter = stream.at(index - 1);
  if (number === undefined || letter?.kind !== 'word' || number.spaceBefore || letter.text.length !== 1) return false;
  return letter.text !== letter.lower && !CLINICAL_ABBREVIATIONS.has(`${letter.lower}${number.text}`);
}
