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
  const reference = readReferenceNote(stream, at);
  if (reference !== null) return reference;
  const next = stream.phrase(at, EQUIVALENT_NOTES);
  if (next === -1 || stream.at(next)?.kind === 'number') return null;
  return { value: true, next };
}

/** Words that open a bracket pointing elsewhere: `(se doseringstabellen)`, `(jfr avsnitt 4.4)`, `(see section 4.2)`. */
const REFERENCE_WORDS = ['se', 'jfr', 'jämför', 'see', 'cf'];
/** The longest such bracket read over, in tokens. */
const LONGEST_REFERENCE = 12;

/**
 * `0,1 till 0,15 mg/kg (se doseringstabellen i bipacksedeln) en till tre gånger dagligen`: a bracket
 * that points to another place says nothing of the dose; it is read over whole, up to its `)`.
 */
function readReferenceNote(stream: TokenStream, at: number): Match<true> | null {
  if (!stream.isPunct(at, '(') || !stream.isWord(at + 1, REFERENCE_WORDS)) return null;
  for (let index = at + 2; index < stream.length && index <= at + LONGEST_REFERENCE; index++) {
    if (stream.isPunct(index, ')')) return { value: true, next: index + 1 };
    if (stream.isPunct(index, '(', '.', ';') && stream.at(index + 1)?.kind !== 'number') return null;
  }
  return null;
}
