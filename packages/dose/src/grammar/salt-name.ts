import type { NameIndex, NamedEntry } from '../lexicon/name-index.js';
import type { TokenStream } from './token-stream.js';

/**
 * The counter-ion or ester group of a salt as Swedish product texts glue it to the substance's
 * name (`abirateronacetat`, `imatinibmesilat`, `doxorubicinhydroklorid`, `metotrexatnatrium`,
 * `dexametasonnatriumfosfat`): the anions and esters the WHO INN salt names use (INN, "Names for
 * radicals and groups", https://www.who.int/teams/health-product-and-policy-standards/inn), in the
 * Swedish spelling of FASS, https://www.fass.se/ (as tools/lexicon-import spells the salts of the
 * ATC index), and the cations written last. Longest first, so `natriumfosfat` wins over `fosfat`.
 * Oxides and hydroxides are left out: `zinkoxid` is a substance of its own.
 */
const SALT_ENDINGS = [
  'natriumfosfat', 'dihydroklorid', 'hydroklorid', 'hydrobromid', 'natriumsuccinat', 'ditosylat', 'dimaleat', 'monohydrat',
  'dinatrium', 'propionat', 'palmitat', 'glukonat', 'succinat', 'karbonat', 'fumarat', 'tartrat', 'mesilat', 'mesylat', 'besilat',
  'besylat', 'tosilat', 'tosylat', 'valerat', 'acetat', 'citrat', 'sulfat', 'fosfat', 'laktat', 'maleat', 'nitrat', 'klorid', 'bromid',
  'pamoat', 'embonat', 'natrium', 'kalium', 'malat',
];
/** The shortest name a salt ending is taken off: shorter stems are words, not substances. */
const MIN_STEM = 4;

/**
 * The drug whose salt the word at `at` names, when the word is a lexicon name with a salt ending
 * glued on (`Abirateronacetat 1000 mg` is abiraterone); null otherwise. A salt the lexicon knows by
 * its own name (`medroxiprogesteronacetat`) is matched as that name before this is asked.
 */
export function drugOfSaltName(stream: TokenStream, at: number, names: NameIndex): NamedEntry | null {
  const token = stream.at(at);
  if (token?.kind !== 'word') return null;
  for (const ending of SALT_ENDINGS) {
    if (!token.lower.endsWith(ending) || token.lower.length - ending.length < MIN_STEM) continue;
    const stem = token.lower.slice(0, -ending.length);
    const found = names.match([{ ...token, text: stem, lower: stem }], 0, stream.work);
    return found !== null && found.entry.kind === 'drug' ? found.entry : null;
  }
  return null;
}
