import { DICTIONARY_WORDS } from './dictionary-words.js';

/**
 * Words of clinical prose, Swedish or English, that a Swedish spelling dictionary lacks and that
 * lie within the allowed edits of a lexicon name (`Steroid 8 mg` is not a misspelt Stesolid,
 * `Vitamin D` not a misspelt drug). Lower case, every form written out.
 */
const CLINICAL_WORDS = [
  'steroid', 'steroider', 'steroiden', 'steroiderna', 'vitamin', 'vitaminer', 'vitaminet', 'laktos', 'million', 'millions',
  'mention', 'disease', 'sulfate', 'mikromol', 'mikromolar', 'nanomol', 'millimol', 'micromol', 'micromolar',
];

/**
 * Words near-names never takes for a misspelt drug: the words of a Swedish dictionary that are
 * near a lexicon name (generated, `dictionary-words.ts`) and the clinical words above.
 */
export const PROSE_WORDS: ReadonlySet<string> = new Set([...DICTIONARY_WORDS, ...CLINICAL_WORDS]);
