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
    .replace(/([^aeiouy])e$/, '$1');
}
