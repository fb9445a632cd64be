import type { Match, TokenStream } from './token-stream.js';

/**
 * Phrases after which an amount is a condition or a daily ceiling that the text sets, not a
 * dose to give: `Om patienten inte tolererar 150 mg, kan dosen sänkas till 100 mg` (the dose is
 * the 100 mg), `Den rekommenderade maximala dagliga dosen på 300 mg ska inte överskridas` (a
 * daily maximum, which the graph has no field for: a max single dose it is not).
 */
const CONDITIONS = [
  ['tolererar'], ['tolereras'], ['tolerera'], ['tolererat'], ['tolererade'], ['tolerate'], ['tolerates'], ['tolerated'],
  ['maximala', 'dagliga', 'dosen'], ['maximal', 'daglig', 'dos'], ['högsta', 'dagliga', 'dosen'], ['högsta', 'dagliga', 'dos'],
  ['maximala', 'dagliga', 'dos'], ['maximum', 'daily', 'dose'], ['max', 'daily', 'dose'],
];
/** Words that may stand between the phrase and its amount (`dosen på`, `en dos av`). */
const FILLERS = new Set(['på', 'av', 'är', ':', 'en', 'dos', 'dosen', 'of', 'a', 'dose', 'is']);
const REACH = 3;

/** A condition or daily ceiling right before an amount; `next` is where the amount starts. */
export function readConditionCue(stream: TokenStream, at: number): Match<true> | null {
  let next = stream.phrase(at, CONDITIONS);
  if (next === -1) return null;
  for (let step = 0; step < REACH && stream.at(next)?.kind !== 'number' && FILLERS.has(stream.at(next)?.lower ?? ''); step++) next++;
  return stream.at(next)?.kind === 'number' ? { value: true, next } : null;
}
