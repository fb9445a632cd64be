import type { Route } from '../dose-types.js';
import type { Match, TokenStream } from './token-stream.js';

const ROUTES: readonly { route: Route; phrases: string[][] }[] = [
  {
    route: 'iv',
    phrases: [
      ['iv'], ['i', '.', 'v', '.'], ['i', '.', 'v'], ['intravenöst'], ['intravenös', 'infusion'],
      ['intravenös', 'injektion'], ['intravenös'], ['intravenösa', 'infusioner'], ['intravenösa', 'injektioner'], ['intravenösa'],
      ['intravenous', 'infusion'], ['intravenously'], ['intravenous'],
      // Patient information's words: `som dropp i en ven`, `i blodet`.
      ['i', 'en', 'ven'], ['i', 'venen'], ['i', 'ett', 'blodkärl'], ['i', 'blodet'],
    ],
  },
  {
    route: 'po',
    phrases: [
      ['po'], ['p', '.', 'o', '.'], ['peroralt'], ['peroral', 'tablett'], ['peroral', 'kapsel'], ['peroral'], ['oralt'],
      ['orally'], ['oral'], ['per', 'os'], ['by', 'mouth'], ['tablett'], ['tabletter'], ['kapsel'], ['kapslar'],
      ['tabl'], ['tabl', '.'], ['perorala'], ['tablettform'], ['kapselform'],
      // Oral forms (`som depåtablett`, `munlöslig tablett`); a vaginal or buccal tablet is none of them.
      ['depottablett'], ['depottabletter'], ['depåtablett'], ['depåtabletter'], ['depotkapsel'], ['depotkapslar'], ['depåkapsel'],
      ['depåkapslar'], ['brustablett'], ['brustabletter'], ['munlöslig', 'tablett'],
      ['munlösliga', 'tabletter'], ['munlöslig'], ['munlösliga'], ['resoriblett'], ['resoribletter'],
      // An oral liquid (`Morfin 10 mg mixtur x 6`).
      ['mixtur'], ['orallösning'],
    ],
  },
  {
    route: 'sc',
    phrases: [
      ['sc'], ['s', '.', 'c', '.'], ['s', '.', 'c'], ['subkutant'], ['subkutan', 'injektion'], ['subkutan'], ['subkutana', 'injektioner'], ['subkutana'],
      ['subcutaneously'], ['subcutaneous'], ['under', 'huden'], ['under', 'the', 'skin'],
    ],
  },
  {
    route: 'im',
    phrases: [
      ['im'], ['i', '.', 'm', '.'], ['i', '.', 'm'], ['intramuskulärt'], ['intramuskulär', 'injektion'], ['intramuskulär'],
      ['intramuskulära', 'injektioner'], ['intramuskulära'], ['intramuscularly'], ['intramuscular'], ['i', 'muskeln'],
      ['i', 'en', 'muskel'], ['into', 'a', 'muscle'],
    ],
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
 * `iv`, `i.v.`, `intravenös infusion`, `två intramuskulära injektioner`, `i tablettform`, `po`, `peroralt`, `Peroral tablett`, `tabletter`, `tabl`, `T.`, `orally`,
 * `sc`, `Subkutan injektion`, `im`, `ip`, `i.p.`, `intraperitonealt`, `Intraperitoneal instillation` (HIPEC).
 */
export function readRoute(stream: TokenStream, at: number): Match<Route> | null {
  const tablet = readTabletLetter(stream, at);
  if (tablet !== null) return tablet;
  for (const { route, phrases } of ROUTES) {
    const next = stream.phrase(at, phrases);
    if (next !== -1) return { value: route, next };
  }
  return null;
}

/**
 * `T. Paracetamol 1 gram`, `T Omeprazol 20 mg`: a capital T (tablett) right before a capitalised
 * name, as Swedish prescriptions write it, is the oral route. A lone `T` elsewhere (`T-celler`,
 * `stadium T2`) is not.
 */
function readTabletLetter(stream: TokenStream, at: number): Match<Route> | null {
  if (stream.at(at)?.text !== 'T') return null;
  const next = stream.isPunct(at + 1, '.') ? at + 2 : at + 1;
  const name = stream.at(next);
  if (name?.kind !== 'word' || !name.spaceBefore || name.text.length < 3) return null;
  const first = name.text.charAt(0);
  return first !== first.toLowerCase() ? { value: 'po', next } : null;
}
