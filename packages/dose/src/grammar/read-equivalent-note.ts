import type { Match, TokenStream } from './token-stream.js';

/** `(eller motsvarande)`, `or equivalent`: another product of the same kind may be given. */
const EQUIVALENT_NOTES = [
  ['(', 'eller', 'motsvarande', ')'], ['eller', 'motsvarande'], ['(', 'el', '.', 'motsv', '.', ')'], ['el', '.', 'motsv', '.'],
  ['(', 'eller', 'likvärdigt', ')'], ['eller', 'likvärdigt'], ['eller', 'likvärdig'], ['(', 'or', 'equivalent', ')'], ['or', 'equivalent'],
];

/**
 * `200 mg aciklovir (eller motsvarande) två gånger dagligen`: a note that an equivalent product may be
 * given, which says nothing of the dose; the dose reaches over it to its schedule. Not before an
 * amount (`8 mg betametason eller motsvarande 50 mg prednisolon` restates the dose in another drug).
 */
export function readEquivalentNote(stream: TokenStream, at: number): Match<true> | null {
  const next = stream.phrase(at, EQUIVALENT_NOTES);
  if (next === -1 || stream.at(next)?.kind === 'number') return null;
  return { value: true, next };
}
