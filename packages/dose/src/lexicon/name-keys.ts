import { tokenize } from '../scan/tokenize.js';
import type { WorkCounter } from '../scan/work-counter.js';

/** Words of plain ASCII letters separated by single spaces: what most names are. */
const PLAIN_WORDS = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

/**
 * The lower-case tokens of a name, as `tokenize` gives them. A name of plain words is split
 * without the tokenizer, which gives the same tokens: with the thousands of names of the
 * substance index, tokenizing each would cost every check more than reading its chapter.
 */
export function nameKeys(name: string, work: WorkCounter): string[] {
  if (PLAIN_WORDS.test(name)) return name.toLowerCase().split(' ');
  return tokenize(name, work).map((token) => token.lower);
}
