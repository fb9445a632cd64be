/**
 * Splitting glued citation numbers.
 *
 * The published chapter prints reference numbers as superscripts. The plain-text export loses
 * the separators between them, so "83, 153, 154" arrives as the digit run "83153154". Nothing in
 * the text says where one number ends, so we use what we know about citation groups: the numbers
 * are printed in strictly ascending order, each lies within the reference list's range, and a
 * group is as short as the digits allow. If two different splits are equally short we do not
 * pick one: the caller reports the run with its line so an editor decides.
 */

/** The numbers that exist in the guideline's reference list, inclusive on both ends. */
export interface ReferenceRange {
  readonly min: number;
  readonly max: number;
}

export type SplitResult =
  | { readonly kind: 'unique'; readonly numbers: readonly number[] }
  | { readonly kind: 'ambiguous'; readonly options: readonly (readonly number[])[] }
  | { readonly kind: 'none' };

/** Parses "1-190" (hyphen or en dash) into a range; throws on anything else. */
export function parseReferenceRange(text: string): ReferenceRange {
  const match = /^\s*(\d+)\s*[-–]\s*(\d+)\s*$/u.exec(text);
  if (!match) throw new Error(`reference range must look like "1-190", got "${text}"`);
  const min = Number(match[1]);
  const max = Number(match[2]);
  if (min < 1 || max < min) throw new Error(`reference range "${text}" is empty or starts below 1`);
  return { min, max };
}

/** Reports of an ambiguous run list at most this many splits; more would not help an editor. */
const MAX_OPTIONS = 10;

/**
 * Splits a digit run into the fewest strictly ascending numbers within `range`.
 * A part may not start with "0": superscript citation numbers are never zero-padded.
 */
export function splitGluedCitations(run: string, range: ReferenceRange): SplitResult {
  if (!/^\d+$/u.test(run)) return { kind: 'none' };
  const maxDigits = String(range.max).length;
  // Memo keyed by position and previous number: the best splits of the rest of the run.
  const memo = new Map<string, number[][] | null>();

  const best = (pos: number, prev: number): number[][] | null => {
    if (pos === run.length) return [[]];
    const key = `${pos}:${prev}`;
    const cached = memo.get(key);
    if (cached !== undefined) return cached;
    let result: number[][] | null = null;
    if (run[pos] !== '0') {
      for (let len = 1; len <= maxDigits && pos + len <= run.length; len++) {
        const value = Number(run.slice(pos, pos + len));
        if (value <= prev || value < range.min || value > range.max) continue;
        const rest = best(pos + len, value);
        if (!rest) continue;
        const candidates = rest.map((tail) => [value, ...tail]);
        const size = candidates[0]?.length ?? Infinity;
        const currentSize = result?.[0]?.length ?? Infinity;
        if (size < currentSize) result = candidates;
        else if (size === currentSize && result) result = [...result, ...candidates];
      }
    }
    if (result && result.length > MAX_OPTIONS) result = result.slice(0, MAX_OPTIONS);
    memo.set(key, result);
    return result;
  };

  const splits = best(0, -Infinity);
  if (!splits || splits.length === 0) return { kind: 'none' };
  if (splits.length === 1) return { kind: 'unique', numbers: splits[0] ?? [] };
  return { kind: 'ambiguous', options: splits };
}
