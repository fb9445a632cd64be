import { CLINICAL_ABBREVIATIONS } from '../check/clinical-abbreviations.js';
import { hasInnEnding, isFunctionWord } from '../check/looks-like-drug-name.js';
import type { TokenStream } from '../grammar/token-stream.js';
import type { NearNames } from '../lexicon/near-names.js';
import { isDosageForm, isDoseNoun, isPopulationWord } from './inheritance-blocker.js';

/** A company's name in a product name has at most this many words (`Fresenius Kabi`, `Medical Valley`). */
const MOST_WORDS = 2;

/**
 * `Letrozol Sandoz 2,5 mg`, `Paklitaxel Fresenius Kabi 175 mg/m2`: a Swedish generic product is
 * named by its substance and the company that markets it. One or two capitalised words right
 * after a drug's name and right before a number are that company, part of the name, not another
 * drug. A word that may be a drug is never taken: one read as an element (a known name, a route),
 * one near a lexicon name (a misspelling), one with an INN ending, a function word or a clinical
 * abbreviation. Returns the token index after the name, `at` when there is no such word.
 */
export function productNameTail(stream: TokenStream, at: number, near: NearNames, inElement: Uint8Array): number {
  let index = at;
  while (index < at + MOST_WORDS && isCompanyWord(stream, index, near, inElement)) index++;
  return index > at && stream.at(index)?.kind === 'number' ? index : at;
}

function isCompanyWord(stream: TokenStream, index: number, near: NearNames, inElement: Uint8Array): boolean {
  const token = stream.at(index);
  if (token === undefined || token.kind !== 'word' || token.text.length < 3 || inElement[index] !== 0) return false;
  const first = token.text.charAt(0);
  if (first === first.toLowerCase()) return false;
  const lower = token.lower;
  if (isFunctionWord(lower) || CLINICAL_ABBREVIATIONS.has(lower) || isDoseNoun(lower) || isPopulationWord(lower) || isDosageForm(lower)) return false;
  return !hasInnEnding(token) && near.nearest(token.text) === null;
}
