import { looksLikeDrugName, hasInnEnding } from '../check/looks-like-drug-name.js';
import type { TokenStream } from '../grammar/token-stream.js';
import type { NearName, NearNames } from '../lexicon/near-names.js';
import type { Element } from '../grammar/scan-elements.js';
import { isDoseNoun, isPopulationWord } from './inheritance-blocker.js';
import type { Mention } from './mention.js';

export interface UnknownDrugWord {
  text: string;
  start: number;
  end: number;
  index: number;
  /** The lexicon name the word is probably a misspelling of. */
  suggestion: NearName | null;
  /** Set for a name glued to another word by a hyphen (`karboplatin-paklitaxel`, `nab-paklitaxel`). */
  compound?: true;
}

/** How many tokens before a dose are searched for a word that may be another drug. */
const LOOK_BACK = 8;

/**
 * A word between a dose that starts at token `first` and the drug it would otherwise inherit
 * (or the sentence start), that may name another drug the lexicon does not know:
 * - any word within a small edit distance of a lexicon name (`paklitaxl 175 mg/m2`);
 * - any word with an INN ending (`cisplatin 75 mg/m2 och xyzumab 100 mg`);
 * - right before the dose, a capitalised word inside the sentence (a brand such as `Zyxtra`).
 * Such a word blocks attribution to an earlier drug. The one nearest the dose is returned.
 */
export function unknownDrugBefore(
  stream: TokenStream,
  first: number,
  sentenceFirst: number,
  mention: Mention | null,
  near: NearNames,
): UnknownDrugWord | null {
  const stop = Math.max(sentenceFirst, mention?.next ?? sentenceFirst, first - LOOK_BACK);
  let right = first - 1;
  if (stream.isPunct(right, '(')) right--;
  for (let index = first - 1; index >= stop; index--) {
    const token = stream.at(index);
    if (token === undefined || token.kind !== 'word') continue;
    if (mention !== null && index >= mention.prefixFirst && index < mention.next) continue;
    const suggestion = near.nearest(token.text);
    // `Totaldos 0,1 mg/kg`, `Barn 0,2 mg/kg`: a noun for a dose or a population is never a brand;
    // `dosering enligt Calvert AUC 5`: a name after `enligt` is the formula or source of the dose.
    const plainNoun = isDoseNoun(token.lower) || isPopulationWord(token.lower) || stream.isWord(index - 1, ['enligt', 'according']);
    const drugLike =
      suggestion !== null || hasInnEnding(token) || (index === right && !plainNoun && looksLikeDrugName(token, index === sentenceFirst));
    if (drugLike) return { text: token.text, start: token.start, end: token.end, index, suggestion };
  }
  return null;
}

/** A compound name blocks an amount at most this many tokens after it (as far as `unknownDrugBefore` looks back). */
const COMPOUND_REACH = LOOK_BACK;

/**
 * A compound holding a known name (`peg-filgrastim`) between the current mention and an amount:
 * it may be another drug, so it blocks the mention, with the nearest lexicon name as suggestion.
 */
export function compoundBefore(
  compound: Extract<Element, { kind: 'compound' }> | null,
  amount: Element,
  mention: Mention | null,
  stream: TokenStream,
  near: NearNames,
): UnknownDrugWord | null {
  if (compound === null || amount.first - compound.next > COMPOUND_REACH) return null;
  if (mention !== null && compound.first < mention.next) return null;
  const start = stream.startOf(compound.first);
  return { text: compound.text, start, end: stream.endOf(compound.next - 1), index: compound.first, suggestion: near.nearest(compound.text), compound: true };
}
