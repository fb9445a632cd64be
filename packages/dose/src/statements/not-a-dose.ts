import { CARDINALS } from '../grammar/number-words.js';
import { isExcipientAfter } from '../grammar/read-content.js';
import type { TokenStream } from '../grammar/token-stream.js';
import { RANGE_DASHES } from '../scan/token.js';
import type { ElementOf } from './mention.js';
import type { SentenceState } from './sentence-state.js';

/** A content cue covers the amounts of its clause up to this many tokens after it. */
const CONTENT_REACH = 40;

/**
 * A flat mass that is what a product holds, not a dose: named with an excipient (`84 mg
 * laktosmonohydrat`, `1 mmol (23 mg) natrium`), or anywhere in the clause after `innehåller` or
 * `styrkeangivelse` (`innehåller 84 mg X och mindre än 1 mmol (23 mg) Y`). The clause ends at a
 * semicolon (and the sentence). A mass per body surface, weight or time is never a content.
 */
export function isContentAmount(stream: TokenStream, sentence: SentenceState, element: ElementOf<'amount'>): boolean {
  if (element.amount.unit !== 'mg' || element.amount.intervalDays !== null) return false;
  if (isExcipientAfter(stream, element.next)) return true;
  const from = sentence.contentFrom;
  if (from === -1 || element.first < from || element.first - from > CONTENT_REACH) return false;
  for (let index = from; index < element.first; index++) if (stream.isPunct(index, ';')) return false;
  return true;
}

/** Words a restatement in brackets may hold besides numbers: units, `=`, `ca`, counts of units. */
const RESTATEMENT_WORDS = new Set([
  'mg', 'g', 'gram', 'mikrogram', 'µg', 'μg', 'mcg', 'ug', 'ml', 'l', 'mmol', 'm', 'kg', 'ca', 'cirka', 'c', 'motsvarande', 'dvs', 'tablett',
  'tabletter', 'kapsel', 'kapslar', 'st', 'om', 'à', 'about', 'approx', 'approximately', 'x', 'filmdragerade', 'tablets', 'capsules',
]);
const RESTATEMENT_MARKS = new Set(['=', '≈', '~', ',', '.', ':', '/', '×', '*', ...RANGE_DASHES]);
/** Longest bracket taken for a restatement (`(0,25–0,5 ml)`, `(= 2 ml)`, `(ca 600 mg)`). */
const RESTATEMENT_LENGTH = 10;

/**
 * `2,5–5 mg (0,25–0,5 ml)`, `10 mg (= 2 ml)`, `AUC 5 (ca 600 mg)`, `160 mg (fyra 40 mg-tabletter)`, `300 mg (2 x 150 mg tabletter)`,
 * `1,23 mg/m2 (motsvarande 1,4 mg/m2 eribulinmesylat)`: the same quantity restated in
 * brackets right after an amount. The statement takes the bracket in (so that a route after it,
 * `… (0,25–0,5 ml) sc`, is still next to it) and an amount inside is no second dose. Returns the
 * token after the closing bracket, or -1 when no such bracket follows `next`.
 */
export function restatementAfter(stream: TokenStream, next: number): number {
  if (!stream.isPunct(next, '(')) return -1;
  // `(motsvarande 1,4 mg/m2 eribulinmesylat)`: after a word that says so, one more word may name the salt.
  let otherWords = stream.isWord(next + 1, ['motsvarande', 'dvs']) || stream.isPunct(next + 1, '=') ? 1 : 0;
  let number = false;
  for (let index = next + 1; index <= next + RESTATEMENT_LENGTH; index++) {
    const token = stream.at(index);
    if (token === undefined) return -1;
    if (token.kind === 'punct' && token.text === ')') return number ? index + 1 : -1;
    if (token.kind === 'number') number = true;
    // `(fyra 40 mg-tabletter)`: a count of units in words is part of the restatement.
    else if (token.kind === 'word' ? RESTATEMENT_WORDS.has(token.lower) || CARDINALS.has(token.lower) : RESTATEMENT_MARKS.has(token.text)) continue;
    // …the last word before the bracket closes, after the amount (a name before it is another drug).
    else if (token.kind === 'word' && otherWords > 0 && number && stream.isPunct(index + 1, ')')) otherWords--;
    else return -1;
  }
  return -1;
}
