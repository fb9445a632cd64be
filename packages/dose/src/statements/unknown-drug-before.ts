import { looksLikeDrugName } from '../check/looks-like-drug-name.js';
import type { TokenStream } from '../grammar/token-stream.js';
import type { Mention } from './mention.js';

export interface UnknownDrugWord {
  text: string;
  start: number;
  end: number;
  index: number;
}

/**
 * A drug-like word right before a dose that starts at token `first` (`xyzumab 200 mg`,
 * `Zyxtra (40 mg)`), which the lexicon does not know. Words of the current mention and words
 * before the sentence start are never candidates.
 */
export function unknownDrugBefore(
  stream: TokenStream,
  first: number,
  sentenceFirst: number,
  mention: Mention | null,
): UnknownDrugWord | null {
  let index = first - 1;
  if (stream.isPunct(index, '(')) index--;
  const token = stream.at(index);
  if (token === undefined || index < sentenceFirst) return null;
  if (mention !== null && index >= mention.first && index < mention.next) return null;
  if (!looksLikeDrugName(token, index === sentenceFirst)) return null;
  return { text: token.text, start: token.start, end: token.end, index };
}
