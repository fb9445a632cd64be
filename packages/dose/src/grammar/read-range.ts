import type { Range } from '../dose-types.js';
import { RANGE_DASHES } from '../scan/token.js';
import { CARDINALS } from './number-words.js';
import type { Match, TokenStream } from './token-stream.js';

/**
 * A number or a range of numbers: `175`, `175–200`, `1–2`, `20 till 40`, `20 to 40`.
 * After `från`/`from` a `till` is a change (`från 10,5 till 13,7`), not a range.
 */
export function readNumberRange(stream: TokenStream, at: number): Match<Range> | null {
  const first = stream.at(at);
  if (first?.kind !== 'number') return null;
  const separator = stream.at(at + 1);
  const second = stream.at(at + 2);
  if (second?.kind === 'number' && separator !== undefined) {
    const isDash = separator.kind === 'punct' && RANGE_DASHES.includes(separator.text);
    const isRangeWord =
      separator.kind === 'word' &&
      (separator.lower === 'till' || separator.lower === 'to') &&
      !stream.isWord(at - 1, ['från', 'from']);
    if (isDash || isRangeWord) return { value: ordered(first.value, second.value), next: at + 3 };
  }
  return { value: { low: first.value, high: first.value }, next: at + 1 };
}

/** A count written as digits (`6`, `6–8`) or as a word (`sju`, `six`). */
export function readCount(stream: TokenStream, at: number): Match<Range> | null {
  const token = stream.at(at);
  if (token?.kind === 'word') {
    const value = CARDINALS.get(token.lower);
    if (value === undefined) return null;
    // `en till tre gånger`, `två–tre veckor`: a range of counts in words.
    const high = stream.isWord(at + 1, ['till', 'to']) || stream.isPunct(at + 1, '–', '-') ? CARDINALS.get(stream.at(at + 2)?.lower ?? '') : undefined;
    if (high !== undefined && high > value && stream.at(at + 2)?.kind === 'word') return { value: { low: value, high }, next: at + 3 };
    return { value: { low: value, high: value }, next: at + 1 };
  }
  return readNumberRange(stream, at);
}

function ordered(a: number, b: number): Range {
  return a <= b ? { low: a, high: b } : { low: b, high: a };
}
