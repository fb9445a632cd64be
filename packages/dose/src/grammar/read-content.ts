import { readMassAmount } from './read-amount.js';
import { readNumberRange } from './read-range.js';
import type { Match, TokenStream } from './token-stream.js';

/**
 * Words that say the amounts after them are what a product holds, not what a patient is given:
 * `Varje tablett innehåller 84 mg laktosmonohydrat och mindre än 1 mmol (23 mg) natrium`, `En tablett består av 10 mg domperidon`,
 * `Exempel på styrkeangivelse är 300 mikrogram …`, `Hjälpämne med känd effekt: …`, `Ondansetron
 * finns som 4 mg och 8 mg tabletter`, `SPRYCEL tillgänglig som 20 mg, 50 mg och 70 mg filmdragerade tabletter`,
 * `Förpackning: Zoladex 3,6 mg implantat`.
 */
const CONTENT_CUES = [
  ['innehåller'], ['innehållande'], ['innehåller', 'cirka'], ['innehåller', 'ca'], ['styrkeangivelse'], ['styrkeangivelsen'],
  ['styrka'], ['styrkan'], ['styrkor'], ['dosstyrka'], ['dosstyrkan'], ['dosstyrkor'], ['dosstyrkorna'], ['hjälpämne', 'med', 'känd', 'effekt'], ['hjälpämnen', 'med', 'känd', 'effekt'], ['contains'],
  ['containing'], ['strength'], ['består', 'av'], ['consists', 'of'], ['finns', 'som'], ['finns', 'i'], ['tillhandahålls', 'som'], ['tillhandahålls', 'i'],
  ['tillgänglig', 'som'], ['tillgängliga', 'som'], ['tillgängligt', 'som'], ['available', 'as'], ['levereras', 'som'],
  ['förpackning'], ['förpackningar'], ['förpackningsstorlek'], ['förpackningsstorlekar'], ['pack', 'sizes'],
];

/**
 * A cue that every flat mass after it in its clause is product content or strength
 * (`innehåller`, `styrkeangivelse`), so that the amounts of a coordination (`84 mg X och 23 mg Y`)
 * are all covered, not only the first.
 */
export function readContentCue(stream: TokenStream, at: number): Match<true> | null {
  const next = stream.phrase(at, CONTENT_CUES);
  return next === -1 ? null : { value: true, next };
}

/**
 * Dosage forms that name a product after its strength (`Finasterid Medical Valley 5 mg
 * tabletter`, `Xeloda 500 mg filmdragerade tabletter`, `Myfortic 360 mg enterotabletter`):
 * plural or compound forms, which a dose of one unit (`en 20 mg tablett en gång dagligen`) does
 * not use: the forms as a Swedish product name (section 1 of a product information,
 * `Läkemedlets namn`) writes them; and the definite forms (`10 mg tabletten har en skåra`).
 */
const PRODUCT_FORMS = new Set([
  'tabletter', 'filmdragerade', 'dragerade', 'filmdragerad', 'dragerad', 'enterodragerad', 'depottabletter', 'enterotabletter', 'brustabletter', 'munsönderfallande',
  'dispergerbara', 'resoribletter', 'sublingualresoribletter', 'kapslar', 'hårda', 'mjuka', 'depotkapslar', 'enterokapslar',
  'injektionsvätska', 'infusionsvätska', 'koncentrat', 'injektionssubstans', 'infusionssubstans', 'suppositorier', 'tablets',
  'capsules', 'film', 'tabletten', 'kapseln', 'injektionsflaskan', 'sprutan', 'pennan', 'injektionspennan', 'pulver',
]);
/**
 * Colours and shapes with which a product information describes a tablet or an implant right after
 * its strength (section 3, `Läkemedelsform`): an amount followed by them is a strength, never a dose.
 */
const APPEARANCE = new Set([
  'vit', 'vita', 'vitt', 'gul', 'gula', 'gult', 'ljusgul', 'ljusgula', 'rosa', 'ljusrosa', 'orange', 'röd', 'röda', 'rött', 'blå',
  'ljusblå', 'grön', 'gröna', 'brun', 'bruna', 'beige', 'grå', 'svart', 'violett', 'persikofärgad', 'persikofärgade',
  'krämfärgad', 'krämfärgade', 'benvit', 'benvita', 'oval', 'ovala', 'rund', 'runda', 'avlång', 'avlånga', 'bikonvex', 'bikonvexa',
  'white', 'yellow', 'pink', 'red', 'blue', 'green', 'brown', 'oval', 'round',
]);
/** One unit of a product, which a dose may be made of: `en 100 mg tablett`. */
const SINGLE_UNITS = new Set(['tablett', 'kapsel', 'tablet', 'capsule', 'injektionsflaska', 'spruta', 'penna', 'suppositorium']);
/** How far back an aside's opening bracket, and the amount before it, are looked for. */
const ASIDE_REACH = 8;

/**
 * Whether `at` stands inside a bracket that opens right after an amount (within a few words:
 * `400 mg olaparib (…`, `300 mg (…`): an aside that says what the dose is made of. A bracket
 * after a drug's name alone (`Tamoxifen (en 20 mg tablett dagligen)`) holds the dose itself.
 */
function inBracketAfterAmount(stream: TokenStream, at: number): boolean {
  let open = at - 1;
  while (open >= 0 && open >= at - ASIDE_REACH && !stream.isPunct(open, '(')) {
    if (stream.isPunct(open, ')', '.', ';')) return false;
    open--;
  }
  if (!stream.isPunct(open, '(')) return false;
  for (let from = open - 1; from >= 0 && from >= open - 4; from--) {
    const amount = readMassAmount(stream, from);
    if (amount !== null && amount.next <= open) return true;
  }
  return false;
}

/** Units of volume after `per <number>`: `300 mikrogram per 0,5 ml` is a concentration. */
const VOLUMES = ['ml', 'l', 'dl'];

/**
 * A strength, never a dose: a flat mass followed by a product's dosage form (`5 mg tabletter`,
 * `20 mg filmdragerade tabletter`), after `varje` (`Varje 50 mg tablett innehåller …`), or per a
 * volume (`300 mikrogram per 0,5 ml`). A mass per body surface or weight, or per unit of time, is
 * never a strength.
 */
export function readStrength(stream: TokenStream, at: number): Match<true> | null {
  const list = readStrengthList(stream, at) ?? readStrengthsBeforeForm(stream, at);
  if (list !== null) return list;
  const each = stream.isWord(at, ['varje', 'each']);
  const amount = readMassAmount(stream, each ? at + 1 : at);
  if (amount === null || amount.value.unit !== 'mg' || amount.value.intervalDays !== null) return null;
  const after = amount.next;
  if (each && stream.isWord(after, ['tablett', 'kapsel', 'tablet', 'capsule', 'ml', 'injektionsflaska', 'flaska', 'vial'])) {
    return { value: true, next: after + 1 };
  }
  if (isWordIn(stream, after, PRODUCT_FORMS)) return { value: true, next: after + 1 };
  // `Sandostatin LAR, 10 mg, pulver och vätska till injektionsvätska`: a product's name, strength and form.
  if (stream.isPunct(after, ',') && isWordIn(stream, after + 1, PRODUCT_FORMS) && stream.isPunct(at - 1, ',')) return { value: true, next: after };
  // `400 mg olaparib (två 150 mg tabletter och en 100 mg tablett)`: the units a dose is made of.
  if (isWordIn(stream, after, SINGLE_UNITS) && inBracketAfterAmount(stream, at)) return { value: true, next: after + 1 };
  // `150 mg, persikofärgad, avlång …`, `40 mg (Ljusrosa filmdragerade tabletter …)`: what a tablet looks like.
  if (stream.isPunct(after, '(', ',') && isWordIn(stream, after + 1, APPEARANCE)) return { value: true, next: after };
  if (stream.isWord(after, ['per'])) {
    const volume = readNumberRange(stream, after + 1);
    if (volume !== null && stream.isWord(volume.next, VOLUMES)) return { value: true, next: volume.next + 1 };
  }
  return null;
}

/**
 * `Lenvima 4 mg och 10 mg hårda kapslar`: two or more flat masses listed right before a product's
 * dosage form are the strengths it comes in, the first as much as the last.
 */
function readStrengthsBeforeForm(stream: TokenStream, at: number): Match<true> | null {
  const list = readFlatMasses(stream, at);
  return list !== null && list.value >= 2 && isWordIn(stream, list.next, PRODUCT_FORMS) ? { value: true, next: list.next + 1 } : null;
}

/** Flat masses joined by `LIST_JOINERS` from `at` (`50 mg, 100 mg och 150 mg`): how many, or null when none is one. */
function readFlatMasses(stream: TokenStream, at: number): Match<number> | null {
  let next = at;
  let count = 0;
  for (;;) {
    const amount = readMassAmount(stream, next);
    if (amount === null || amount.value.unit !== 'mg' || amount.value.intervalDays !== null) return null;
    count++;
    next = amount.next;
    if (!LIST_JOINERS.includes(stream.at(next)?.lower ?? '') || readMassAmount(stream, next + 1) === null) break;
    next++;
  }
  return { value: count, next };
}

/** Dosage forms written right before the strengths of a product (`tablett`, `förfylld injektionspenna`). */
const FORMS_BEFORE_STRENGTHS = new Set([
  'tablett', 'tabletter', 'depottablett', 'depottabletter', 'kapsel', 'kapslar', 'implantat', 'spruta', 'sprutor',
  'injektionspenna', 'injektionspennor', 'penna', 'injektionsvätska', 'infusionsvätska', 'lösning', 'koncentrat', 'plåster',
  'depotplåster', 'suppositorier', 'tablets', 'capsules',
]);
/** Words joining the strengths of a list. */
const LIST_JOINERS = [',', 'och', 'eller', 'and', 'or'];

/**
 * `Verzenios filmdragerad tablett 50 mg, 100 mg och 150 mg`, `… i förfylld injektionspenna 7,5 mg,
 * 10 mg … och 25 mg`: two or more flat masses listed right after a dosage form, with nothing after
 * the list in the sentence, are the strengths a product comes in, as a product information's name
 * and heading write them. A list followed by anything (`tablett 20 mg eller 40 mg dagligen`) is
 * left to the dose readers.
 */
function readStrengthList(stream: TokenStream, at: number): Match<true> | null {
  if (!isWordIn(stream, at, FORMS_BEFORE_STRENGTHS)) return null;
  const list = readFlatMasses(stream, at + 1);
  if (list === null) return null;
  const endsSentence = list.next >= stream.length || stream.isPunct(list.next, '.', ';', '(');
  return list.value >= 2 && endsSentence ? { value: true, next: list.next } : null;
}

/**
 * Excipients with a known effect, which product information names with their amount (`84 mg
 * laktosmonohydrat`, `23 mg natrium`): never a dose. Swedish names of the excipients of the
 * Annex to the European Commission guideline on excipients in the labelling and package leaflet
 * of medicinal products for human use (EMA/CHMP/302620/2017,
 * https://www.ema.europa.eu/en/annex-european-commission-guideline-excipients-labelling-and-package-leaflet-medicinal-products-human-use).
 * Glucose is left out: it is also a diluent the lexicon knows.
 */
const EXCIPIENTS = new Set([
  'laktos', 'laktosmonohydrat', 'vattenfri', 'natrium', 'kalium', 'sackaros', 'sorbitol', 'aspartam', 'etanol', 'alkohol',
  'bensylalkohol', 'propylenglykol', 'fruktos', 'galaktos', 'maltitol', 'mannitol', 'xylitol', 'laktitol', 'polysorbat',
  'parahydroxibensoat', 'metylparahydroxibensoat', 'propylparahydroxibensoat', 'sojaolja', 'jordnötsolja', 'sesamolja',
  'ricinolja', 'bensoesyra', 'sorbinsyra', 'fenylalanin', 'fosfat', 'vetestärkelse', 'cyklodextrin', 'glycerol',
  'lactose', 'sodium', 'potassium', 'sucrose', 'ethanol',
]);

/** `84 mg laktosmonohydrat`, `1 mmol (23 mg) natrium`: the word after an amount (and its closing bracket) is an excipient. */
export function isExcipientAfter(stream: TokenStream, next: number): boolean {
  const at = stream.isPunct(next, ')') ? next + 1 : next;
  return isWordIn(stream, at, EXCIPIENTS);
}

function isWordIn(stream: TokenStream, at: number, words: ReadonlySet<string>): boolean {
  const token = stream.at(at);
  return token?.kind === 'word' && words.has(token.lower);
}
