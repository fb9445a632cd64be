import type { Token } from '../scan/token.js';

/**
 * Endings of international nonproprietary names (WHO INN stems, Swedish and English
 * spellings): `-mab` antibodies, `-nib` kinase inhibitors, `-platin`, `-taxel`, `-rubicin` …
 */
const INN_ENDINGS = [
  'mab', 'nib', 'ciclib', 'lisib', 'parib', 'platin', 'taxel', 'rubicin', 'mycin', 'limus',
  'trozol', 'trozole', 'tecan', 'citabin', 'citabine', 'fosfamid', 'fosfamide', 'mustin',
  'mustine', 'lutamid', 'lutamide', 'relin', 'zomib', 'degib', 'cept', 'epilon', 'epilone',
];

/**
 * Whether a word standing right before a dose is probably a drug name missing from the
 * lexicon, rather than ordinary prose (`dosen 40 mg`, `av 1000 mg`). True for a word with an
 * INN ending, or a capitalised word inside a sentence (a brand name such as `Keytruda`).
 */
export function looksLikeDrugName(token: Token, startsSentence: boolean): boolean {
  if (token.kind !== 'word' || token.lower.length < 3) return false;
  if (hasInnEnding(token)) return true;
  const first = token.text.charAt(0);
  return !startsSentence && first !== first.toLowerCase();
}

/** A word of five letters or more with an INN ending (`xyzumab`, `abcplatin`). */
export function hasInnEnding(token: Token): boolean {
  return token.kind === 'word' && token.lower.length >= 5 && INN_ENDINGS.some((ending) => token.lower.endsWith(ending));
}
