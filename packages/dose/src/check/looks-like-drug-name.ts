import type { Token } from '../scan/token.js';
import { CLINICAL_ABBREVIATIONS } from './clinical-abbreviations.js';

/**
 * Endings of international nonproprietary names (WHO INN stems, Swedish and English
 * spellings): `-mab` antibodies, `-nib` kinase inhibitors, `-platin`, `-taxel`, `-rubicin`, `-tecan`
 * (Swedish `-tekan`) …
 */
const INN_ENDINGS = [
  'mab', 'nib', 'ciclib', 'lisib', 'parib', 'platin', 'taxel', 'rubicin', 'mycin', 'limus',
  'trozol', 'trozole', 'tecan', 'citabin', 'citabine', 'fosfamid', 'fosfamide', 'mustin',
  'mustine', 'lutamid', 'lutamide', 'relin', 'zomib', 'degib', 'cept', 'epilon', 'epilone', 'tekan',
];

/**
 * Endings of Swedish derived nouns and participles (`Monoterapi`, `Kombinationsbehandling`,
 * `Spädning`, `Toxicitet`, `Fortsättande`), which no name of the lexicon or of the WHO ATC
 * index has: a capitalised word with one starts a table cell or a heading, it is not a brand.
 */
const SWEDISH_NOUN_ENDING = /(terapi|behandling|behandlingen|ning|ningen|ningar|het|heten|else|ande|ende|skap|itet)$/;

/**
 * Swedish and English function words, which a clause after a colon or a table cell starts with
 * a capital (`Dos: För de som …`, `Vid behov 5 mg`); never a brand.
 */
const FUNCTION_WORDS = new Set([
  'för', 'vid', 'till', 'hos', 'när', 'efter', 'före', 'under', 'med', 'utan', 'som', 'den', 'det', 'de', 'dem', 'ett', 'en',
  'och', 'eller', 'men', 'inte', 'ej', 'om', 'från', 'mot', 'per', 'via', 'samt', 'där', 'då', 'sedan', 'alla', 'varje',
  'the', 'for', 'and', 'with', 'when', 'after', 'before', 'from', 'per', 'each', 'every',
]);

export function isFunctionWord(lower: string): boolean {
  return FUNCTION_WORDS.has(lower);
}

/**
 * Whether a word standing right before a dose is probably a drug name missing from the
 * lexicon, rather than ordinary prose (`dosen 40 mg`, `av 1000 mg`). True for a word with an
 * INN ending, or a capitalised word inside a sentence (a brand name such as `Keytruda`) that does not
 * end as a Swedish noun does and is no abbreviation of a disease, marker or test (`KML`, `HER2`) or
 * function word (`För`).
 */
export function looksLikeDrugName(token: Token, startsSentence: boolean): boolean {
  if (token.kind !== 'word' || token.lower.length < 3 || CLINICAL_ABBREVIATIONS.has(token.lower) || FUNCTION_WORDS.has(token.lower)) return false;
  if (hasInnEnding(token)) return true;
  if (SWEDISH_NOUN_ENDING.test(token.lower)) return false;
  const first = token.text.charAt(0);
  return !startsSentence && first !== first.toLowerCase();
}

/** A word of five letters or more with an INN ending (`xyzumab`, `abcplatin`). */
export function hasInnEnding(token: Token): boolean {
  return token.kind === 'word' && token.lower.length >= 5 && INN_ENDINGS.some((ending) => token.lower.endsWith(ending));
}
