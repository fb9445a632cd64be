import type { Route } from '../dose-types.js';
import type { Match, TokenStream } from './token-stream.js';

const ROUTES: readonly { route: Route; phrases: string[][] }[] = [
  {
    route: 'iv',
    phrases: [
      ['iv'], ['i', '.', 'v', '.'], ['i', '.', 'v'], ['intravenöst'], ['intravenös', 'infusion'],
      ['intravenös', 'injektion'], ['intravenös'], ['intravenous', 'infusion'], ['intravenously'], ['intravenous'],
    ],
  },
  {
    route: 'po',
    phrases: [
      ['po'], ['p', '.', 'o', '.'], ['peroralt'], ['peroral', 'tablett'], ['peroral', 'kapsel'], ['peroral'], ['oralt'],
      ['orally'], ['oral'], ['per', 'os'], ['by', 'mouth'], ['tablett'], ['tabletter'], ['kapsel'], ['kapslar'],
      ['tabl'], ['tabl', '.'],
    ],
  },
  {
    route: 'sc',
    phrases: [
      ['sc'], ['s', '.', 'c', '.'], ['s', '.', 'c'], ['subkutant'], ['subkutan', 'injektion'], ['subkutan'], ['subcutaneously'], ['subcutaneous'],
    ],
  },
  {
    route: 'im',
    phrases: [['im'], ['i', '.', 'm', '.'], ['i', '.', 'm'], ['intramuskulärt'], ['intramuscularly'], ['intramuscular']],
  },
  {
    route: 'ip',
    phrases: [
      ['ip'], ['i', '.', 'p', '.'], ['intraperitonealt'], ['intraperitoneal', 'instillation'], ['intraperitoneal', 'infusion'],
      ['intraperitoneal'], ['intraperitoneally'],
    ],
  },
];

/**
 * `iv`, `i.v.`, `intravenös infusion`, `po`, `peroralt`, `Peroral tablett`, `tabletter`, `tabl`, `orally`,
 * `sc`, `Subkutan injektion`, `im`, `ip`, `i.p.`, `intraperitonealt`, `Intraperitoneal instillation` (HIPEC).
 */
export function readRoute(stream: TokenStream, at: number): Match<Route> | null {
  for (const { route, phrases } of ROUTES) {
    const next = stream.phrase(at, phrases);
    if (next !== -1) return { value: route, next };
  }
  return null;
}
