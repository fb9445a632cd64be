import { describe, expect, it } from 'vitest';
import { tokenize } from '../scan/tokenize.js';
import { createWorkCounter } from '../scan/work-counter.js';
import { TokenStream } from './token-stream.js';

function streamOf(text: string): TokenStream {
  const work = createWorkCounter();
  return new TokenStream(tokenize(text, work), work);
}

// Long lists are looked up by their first word (short ones are scanned): same answers either way.
const long = [['i', 'högst'], ['i', 'upp', 'till'], ['högst'], ['maximalt'], ['upp', 'till'], ['som', 'mest'], ['i', 'max']];

describe('TokenStream.phrase', () => {
  it.each([
    ['i upp till 6 månader', 0, 3],
    ['i högst 6 månader', 0, 2],
    ['behandlas i högst 6 månader', 1, 3],
    ['upp till 6 månader', 0, 2],
    ['I Upp Till 6 månader', 0, 3],
    ['i 6 månader', 0, -1],
    ['6 månader', 0, -1],
  ])('finds the longest phrase of a long list in %j at token %i', (text, at, next) => {
    expect(streamOf(text).phrase(at, long)).toBe(next);
  });

  it('agrees with a plain comparison of every phrase, at every token', () => {
    const longest = (words: string[], at: number) =>
      Math.max(-1, ...long.filter((phrase) => phrase.every((part, i) => words[at + i] === part)).map((phrase) => at + phrase.length));
    for (const text of ['i upp till 6 månader', 'behandlas i högst 6 månader som mest', 'upp till i max maximalt', 'i i i upp']) {
      const stream = streamOf(text);
      const words = text.split(' ');
      words.forEach((_, at) => expect(stream.phrase(at, long), `${text} @${at}`).toBe(/^\d/.test(words[at] ?? '') ? -1 : longest(words, at)));
    }
  });

  it('matches an empty phrase anywhere, in a long list too', () => {
    const withEmpty = [...long, []];
    expect(streamOf('behandling ges').phrase(0, withEmpty)).toBe(0);
    expect(streamOf('i högst').phrase(0, withEmpty)).toBe(2);
  });
});
