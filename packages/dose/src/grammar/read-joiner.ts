import type { DoseLink } from '../dose-types.js';
import type { Match, TokenStream } from './token-stream.js';

const JOINERS: readonly { link: DoseLink; phrases: string[][] }[] = [
  { link: 'then', phrases: [['följt', 'av'], ['följd', 'av'], ['därefter'], ['followed', 'by'], ['then']] },
  {
    link: 'with',
    phrases: [
      ['+'], ['och'], ['samt'], ['respektive'], ['and'], ['plus'], ['i', 'kombination', 'med'], ['kombinerat', 'med'], ['in', 'combination', 'with'],
      ['tillsammans', 'med'], ['samtidigt', 'med'], ['together', 'with'], ['concurrently', 'with'], ['simultaneously', 'with'],
    ],
  },
  {
    link: 'or',
    phrases: [['eller'], ['alternativt'], ['or'], ['jämfört', 'med'], ['versus'], ['vs'], ['compared', 'with'], ['compared', 'to']],
  },
  { link: 'slash', phrases: [['/']] },
];

/** Words between two statements that say how they relate: `+`, `eller`, `/`, `följt av`. */
export function readJoiner(stream: TokenStream, at: number): Match<DoseLink> | null {
  for (const { link, phrases } of JOINERS) {
    const next = stream.phrase(at, phrases);
    if (next !== -1) return { value: link, next };
  }
  return null;
}
