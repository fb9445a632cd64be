import type { Match, TokenStream } from './token-stream.js';

/**
 * A statistic right before an amount: `i median 4 200 mg`, `i genomsnitt 1 800 mg`, `a median of
 * 6 mg/kg`. What patients of a study received on average is no dose to give.
 */
const STATISTICS = [
  ['median'], ['medel'], ['genomsnitt'], ['snitt'], ['medelvärde'], ['medelvärdet'], ['medianvärde'], ['medianvärdet'],
  ['median', 'of'], ['mean', 'of'], ['an', 'average', 'of'], ['average'], ['mean'],
];

/** A statistic as the subject of its clause: `Medeldosen av paklitaxel var 120 mg/m2`. */
const STATISTIC_SUBJECTS = new Set([
  'medeldos', 'medeldosen', 'mediandos', 'mediandosen', 'genomsnittsdos', 'genomsnittsdosen', 'genomsnittlig', 'genomsnittliga',
  'mean', 'median', 'average',
]);
/** The verb that gives the statistic its value (`var`, `uppgick till`). */
const IS = [['var'], ['är'], ['blev'], ['uppgick', 'till'], ['was'], ['were'], ['is']];
/** How far back in its clause the subject of `var 120 mg/m2` is looked for. */
const SUBJECT_REACH = 6;

/**
 * `i median 4 200 mg`, or `var 120 mg/m2` after a statistic as the subject of its clause: the
 * amount after it is a statistic, never a dose. Returns the token where the amount starts.
 */
export function readStatisticCue(stream: TokenStream, at: number): Match<true> | null {
  let next = stream.phrase(at, STATISTICS);
  if (next === -1) {
    next = stream.phrase(at, IS);
    if (next === -1 || !statisticSubjectBefore(stream, at)) return null;
  }
  return startsAmount(stream, next) ? { value: true, next } : null;
}

/** A number, or `AUC` before one (`var AUC 4,5`). */
function startsAmount(stream: TokenStream, index: number): boolean {
  return stream.at(index)?.kind === 'number' || (stream.isWord(index, ['auc']) && stream.at(index + 1)?.kind === 'number');
}

function statisticSubjectBefore(stream: TokenStream, at: number): boolean {
  for (let index = at - 1; index >= 0 && index >= at - SUBJECT_REACH; index--) {
    const token = stream.at(index);
    if (token === undefined || token.kind === 'punct') return false;
    if (token.kind === 'word' && STATISTIC_SUBJECTS.has(token.lower)) return true;
  }
  return false;
}
