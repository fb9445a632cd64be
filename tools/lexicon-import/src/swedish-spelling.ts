/**
 * The Swedish spelling of an INN, by the rules Swedish substance names follow: `ph` → `f`,
 * `th` → `t`, `rh` → `r`, `ch` → `k`, `qu` → `kv`, `oxy` → `oxi`; `c` → `k` before a, o, u
 * or a consonant other than c (kept before e, i, y, c and at the end of a word); a final `e`
 * after a consonant dropped; `-ic acid` → `-syra`. So cyclophosphamide → cyklofosfamid,
 * paclitaxel → paklitaxel, docetaxel → docetaxel, hydroxycarbamide → hydroxikarbamid,
 * zoledronic acid → zoledronsyra. Salts and other names that Swedish writes as one word are
 * given in the data files instead.
 */
export function swedishSpelling(inn: string): string {
  const acid = /^(.+)ic acid$/.exec(inn);
  if (acid?.[1] !== undefined) return `${swedishWord(acid[1])}syra`;
  return inn.split(' ').map(swedishWord).join(' ');
}

function swedishWord(word: string): string {
  return word
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/rh/g, 'r')
    .replace(/ch/g, 'k')
    .replace(/qu/g, 'kv')
    .replace(/oxy/g, 'oxi')
    .replace(/c(?=[aou]|[bdfghjklmnpqrstvwxz])/g, 'k')
    .replace(FINAL_E, '$1');
}

/** A final `e` after a consonant, which Swedish spelling drops (`-ine` → `-in`). */
const FINAL_E = /([^aeiouy])e$/;

/**
 * The half-Swedish spelling many Swedish texts and product names use: the INN's letters with
 * only the final `e` dropped (capecitabine → capecitabin, gemcitabine → gemcitabin, as in
 * `Capecitabin Accord`, `Gemcitabin Hospira`). Null when it is the INN itself (paclitaxel).
 */
export function halfSwedishSpelling(inn: string): string | null {
  if (inn.includes(' ')) return null;
  const spelt = inn.replace(FINAL_E, '$1');
  return spelt === inn ? null : spelt;
}

/** Cations of a salt, by their English name, as Swedish writes them in the salt's one-word name. */
const CATIONS: ReadonlyMap<string, string> = new Map([
  ['sodium', 'natrium'], ['disodium', 'dinatrium'], ['potassium', 'kalium'], ['dipotassium', 'dikalium'], ['calcium', 'kalcium'],
  ['magnesium', 'magnesium'], ['lithium', 'litium'], ['aluminium', 'aluminium'],
]);

/** The last word of a salt or ester, as the spelling rules write it; Swedish joins it to the name before it. */
const SALT_ENDINGS = /(klorid|bromid|jodid|fluorid|sulfat|fosfat|karbonat|citrat|acetat|hydroxid|oxid|nitrat|laktat|glukonat|fumarat|maleat|tartrat|mesilat|succinat|propionat|valerat|palmitat)$/;

/**
 * The Swedish name of a substance of the ATC index: `swedishSpelling`, and a salt written as
 * one word as Swedish product texts write it (sodium chloride → natriumklorid, glycopyrronium
 * bromide → glykopyrroniumbromid, docusate sodium → dokusatnatrium). Names with an English
 * adjective (`ferrous sulfate`) are left in words: their Swedish name is not a join.
 */
export function swedishSubstanceName(inn: string): string {
  const words = inn.split(' ');
  if (words.length < 2 || words.some((word) => /(ous|ic)$/.test(word) || !/^[a-z]+$/.test(word))) return swedishSpelling(inn);
  const spelt = words.map((word) => CATIONS.get(word) ?? swedishWord(word));
  const salt = words.some((word) => CATIONS.has(word)) || SALT_ENDINGS.test(spelt[spelt.length - 1] ?? '');
  return spelt.join(salt ? '' : ' ');
}
