import type { Match, TokenStream } from './token-stream.js';

/**
 * What a regimen table's `Beräkn. på` column says the dose is computed from: `kroppsyta`,
 * `kroppsvikt`, `standarddos`, `fast dos` (as a cell of its own), `njurfunktion (AUC Calvert)` (or alone as a cell). A flat amount right after it is the
 * table's `Maxdos/admtillfälle` column, a limit and not a second dose.
 */
export function readTableBasis(stream: TokenStream, at: number): Match<true> | null {
  if (stream.isWord(at, ['kroppsyta', 'kroppsvikt', 'standarddos'])) return { value: true, next: at + 1 };
  // `| fast dos |`: only as a cell of its own, since prose says `ges i fast dos 200 mg`.
  const fixed = stream.isPunct(at - 1, '|') ? stream.phrase(at, [['fast', 'dos']]) : -1;
  if (fixed !== -1 && stream.isPunct(fixed, '|')) return { value: true, next: fixed };
  if (!stream.isWord(at, ['njurfunktion'])) return null;
  const calvert = stream.phrase(at + 1, [['(', 'auc', 'calvert', ')']]);
  if (calvert !== -1) return { value: true, next: calvert };
  // Alone only as a cell: in prose `vid nedsatt njurfunktion` is a condition on the dose.
  return stream.isPunct(at - 1, '|') ? { value: true, next: at + 1 } : null;
}
