/**
 * The English words of a salt or ester that name its counter-ion or ester group, not the active
 * part: the anions and esters whose Swedish forms `swedish-spelling.ts` joins into one word
 * (glycopyrronium bromide → glykopyrroniumbromid), and the cations written before the name.
 * Oxides and hydroxides are left out: `zinc oxide` is a substance of its own, not zinc.
 */
const ANIONS = new Set([
  'chloride', 'bromide', 'iodide', 'fluoride', 'sulfate', 'phosphate', 'carbonate', 'citrate', 'acetate', 'nitrate', 'lactate',
  'gluconate', 'fumarate', 'maleate', 'tartrate', 'mesilate', 'succinate', 'propionate', 'valerate', 'palmitate',
  'hydrochloride', 'hydrobromide',
]);
const CATIONS = new Set(['sodium', 'disodium', 'potassium', 'dipotassium', 'calcium', 'magnesium', 'lithium', 'aluminium']);

/**
 * The id of the active moiety of a salt or ester of the ATC index, when that moiety is itself a
 * substance the lexicon or the index knows (`known`, by id): `glycopyrronium bromide` →
 * `glycopyrronium`, `betamethasone valerate` → `betamethasone`. Null for a name that is no such
 * salt (`sodium chloride`, where nothing is left; `calcium folinate`, whose moiety `folinate` is
 * no substance of either), so that a moiety is only ever a substance someone can name.
 */
export function activeMoiety(inn: string, known: ReadonlySet<string>): string | null {
  const words = inn.split(' ');
  if (words.length < 2) return null;
  const rest = words.filter((word, at) => !(at === words.length - 1 && ANIONS.has(word)) && !(at === 0 && CATIONS.has(word)));
  if (rest.length === 0 || rest.length === words.length) return null;
  const id = rest.join('-');
  return known.has(id) ? id : null;
}
