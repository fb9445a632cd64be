import { CARDINALS } from '../grammar/number-words.js';
import { rateEnd } from '../grammar/read-amount.js';
import { ADMINISTRATIONS } from '../grammar/read-cycles.js';
import type { TokenStream } from '../grammar/token-stream.js';
import { COUNTED_IN_A_WEEK } from '../grammar/read-radiation.js';
import { isDoseNoun } from './inheritance-blocker.js';

/**
 * What a number measures when it is not part of a dose: volumes, infusion times, body weight,
 * ages, percentages, laboratory values, counts of patients (`250 ml`, `30 min.`, `> 70 kg`,
 * `65 år`, `48 %`, `5 mmol/l`, `827 patienter`).
 */
const MEASURES = new Set([
  'ml', 'l', 'dl', 'min', 'minuter', 'minuters', 'minutes', 'tim', 'timmar', 'timme', 'timmars', 'h', 'hours', '%',
  'procent', 'kg', 'år', 'års', 'årsåldern', 'years', 'månader', 'månad', 'månaders', 'months', 'sekunder', 'mmol',
  'µmol', 'μmol', 'µg', 'μg', 'ng', 'patienter', 'patients', 'personer', 'kvinnor', 'women', 'st', 'stycken',
]);

/**
 * Words before a number that make it a statistic, a threshold or a label, not a dose (`HR 0,56`,
 * `över 60`, `fas 1`, `del 2`, `arm 1`, `stadium 3`).
 */
const NUMBER_LABELS = new Set([
  'hr', 'rr', 'or', 'ki', 'ci', 'p', 'n', 'median', 'över', 'under', 'above', 'below', 'gfr', 'ecog', 'who', 'fas', 'phase',
  'del', 'part', 'arm', 'grad', 'grade', 'stadium', 'stage', 'steg', 'version', 'nivå', 'level', 'typ', 'type', 'linje', 'line',
  'kapitel', 'avsnitt', 'tabell', 'table', 'figur', 'figure', 'bilaga', 'studie', 'study',
]);
/** Words between the ends of a range of numbers (`20–30 %`, `från 9,3 till 17,7 månader`). */
const RANGE_JOINERS = new Set(['–', '-', '—', '−', 'till', 'to', 'och', 'and', 'eller', 'or']);
/** Words that count only after a number (`3 gånger`, not `många gånger`). */
const COUNTED = new Set(['gång', 'gången', 'gånger', 'ggr', 'times', 'omgångar']);
/** After `per`, the periods that make a schedule (a rhythm), unlike `per cykel` or `per fraktion`. */
const PER_A_TIME = new Set(['dag', 'dygn', 'vecka', 'veckan', 'day', 'week']);
const HOURS_AND_MONTHS = new Set([
  'timme', 'timmen', 'timmar', 'timmarna', 'månad', 'månaden', 'månader', 'månaderna', 'hour', 'hours', 'month', 'months',
]);

/** A number right before `index`, in digits or words, or an ordinal (`11,2 månader`, `en timme före`, `var 5:e timme`). */
function numberShortlyBefore(stream: TokenStream, index: number): boolean {
  const previous = stream.tokens[index - 1];
  if (previous?.kind === 'number' || (previous?.kind === 'word' && CARDINALS.has(previous.lower))) return true;
  return stream.tokens[index - 3]?.kind === 'number' && stream.tokens[index - 2]?.text === ':';
}

const COMPARISONS = new Set(['>', '<', '≥', '≤', '=', '±']);

/**
 * Words that state a schedule, a number of cycles or fractions, or a radiotherapy dose; left
 * unread in the clause of a dose they mean the dose is published without part of its phrase.
 * Times of day (`på morgonen`, `till natten`: once a day, or once only, which the text must say)
 * are schedule words too.
 */
const SCHEDULE_WORD =
  /^(dag|dagen|dagar|dagarna|dagars|dagligen|dygn|dygnet|dygns|vecka|veckan|veckas|veckor|veckorna|veckovis|veckors|kur|kuren|kurer|kurerna|cykel|cykeln|cykler|cyklerna|gång|gången|gånger|ggr|fraktion|fraktionen|fraktioner|fraktionerna|morgon|morgonen|morgnar|förmiddag|förmiddagen|eftermiddag|eftermiddagen|kväll|kvällen|kvällar|natt|natten|nätter|day|days|week|weeks|weekly|daily|cycle|cycles|times|gy)$/;

/**
 * Words of a route written out (`intravenös`, `peroralt`): left unread in the clause of a dose,
 * the dose is published without the route its phrase gives (`ges som en enstaka intravenös
 * bolusdos`). Routes the graph has no value for (`intratekalt`, `intravesikalt`, `rektalt`,
 * `transdermalt`, `sublingualt`) are never read, so in a dose's clause they are always reported.
 * Abbreviations are left out: `IV` is as often a stage (`stadium III–IV`).
 */
const ROUTE_WORDS = new Set([
  'intravenös', 'intravenöst', 'intravenösa', 'intravenous', 'intravenously', 'subkutan', 'subkutant', 'subkutana', 'subcutaneous', 'peroral',
  'peroralt', 'perorala', 'oralt', 'orally', 'intramuskulär', 'intramuskulärt', 'intramuskulära', 'intraperitoneal', 'intraperitonealt',
  'intratekal', 'intratekalt', 'intrathecal', 'intrathecally', 'intravesikal', 'intravesikalt', 'intravesical', 'intravesically',
  'rektal', 'rektalt', 'rectal', 'rectally', 'transdermal', 'transdermalt', 'sublingual', 'sublingualt', 'buckal', 'buckalt',
  'intraarteriell', 'intraarteriellt', 'intraarterial', 'intrapleural', 'intrapleuralt', 'intratumoral', 'intratumoralt',
  'intralesionell', 'intralesionellt', 'intravitreal', 'intravitrealt', 'nasal', 'nasalt', 'kutan', 'kutant', 'inhalation',
  'epidural', 'epiduralt', 'epidurally', 'intraspinal', 'intraspinalt', 'intradermal', 'intradermalt', 'intradermally', 'intrakutan',
  'intrakutant', 'vaginalt', 'vaginally', 'intranasal', 'intranasalt', 'intranasally', 'nasally', 'sublingually', 'buccally',
  'intraventrikulär', 'intraventrikulärt', 'intraartikulär', 'intraartikulärt', 'intrakavitär', 'intrakavitärt', 'topikalt',
  // Forms that say a route no field holds: vaginal, rectal, transdermal. (Not the adjective `vaginal`:
  // `vaginal brachyterapi` is radiotherapy; not `plåster` alone, which tables of equivalent doses use.)
  'vaginaltablett', 'vaginaltabletter', 'vagitorium', 'vagitorier', 'suppositorium', 'suppositorier', 'stolpiller', 'depotplåster',
]);

/** A route written out (`intravenöst`, `intratekalt`), read or not. */
export const isRouteWord = (lower: string) => ROUTE_WORDS.has(lower);

/**
 * Units of doses the graph cannot hold (international units, `IE`, `E`, `IU`; centigray and the
 * activity of a radiopharmaceutical, `cGy`, `GBq`, `MBq`) or that the grammar
 * reads only in some forms (million units are read flat and per kg, not per m2 nor as a
 * strength per volume): always reported when left unread, so that a dose in them is never
 * published without them, nor dropped silently. A million-unit amount read as a dose is covered
 * by its statement and not reported.
 */
const UNPUBLISHABLE_UNITS = new Set(['me', 'mu', 'mie', 'miu', 'ie', 'iu', 'enheter', 'units', 'miljoner', 'milj', 'cgy', 'gbq', 'mbq', 'kbq']);

/**
 * `30 IE`, `20 ME/m2`, `5 miljoner enheter`, `20 mmol`, `2 ml iv`, `1 mg/h`, `75 % av dosen` left unread: a number followed
 * by a unit the graph cannot hold in that form, a rate, or a share of a dose.
 */
export function isUnpublishableAmount(stream: TokenStream, index: number): boolean {
  const token = stream.tokens[index];
  const unit = stream.tokens[index + 1];
  if (token?.kind !== 'number' || unit === undefined) return false;
  return (
    UNPUBLISHABLE_UNITS.has(unit.lower) ||
    // `5000 E`: units (enheter), written apart and in capitals, unlike the ordinal's `3:e`.
    (unit.text === 'E' && unit.spaceBefore) ||
    isFlatMmol(stream, index + 1) ||
    isVolumeGiven(stream, index) ||
    rateEnd(stream, index) !== -1 ||
    shareOfDoseEnd(stream, index) !== -1
  );
}

/** Routes written right after a volume given to the patient (`2 ml iv`, `0,5 ml s.c.`). */
const VOLUME_ROUTES = [['iv'], ['sc'], ['im'], ['po'], ['i', '.', 'v', '.'], ['s', '.', 'c', '.'], ['i', '.', 'm', '.'], ['intravenöst'], ['subkutant'], ['intramuskulärt'], ['peroralt']];

/**
 * `Inj. Betapred 4 mg/ml, 2 ml iv`, `Morfin 10 mg/ml 0,5 ml sc`: a volume given by a route is a dose
 * by volume, which no dose field holds (`i 250 ml NaCl`, a diluent, and `4 mg/100 ml`, part of a
 * concentration, are not).
 */
function isVolumeGiven(stream: TokenStream, index: number): boolean {
  if (!stream.isWord(index + 1, ['ml']) || stream.isPunct(index - 1, '/')) return false;
  return stream.phrase(index + 2, VOLUME_ROUTES) !== -1;
}

/** `Kaliumklorid 20 mmol iv`: an amount of substance, which no dose field holds (`3,5 mmol/l` is a concentration). */
function isFlatMmol(stream: TokenStream, unitAt: number): boolean {
  return stream.tokens[unitAt]?.lower === 'mmol' && stream.tokens[unitAt + 1]?.text !== '/' && !stream.isWord(unitAt + 1, ['per']);
}

/**
 * `75 % av dosen`, `50 % dos`, `80 procent av full dos` at `index`: a share of a dose, which no
 * dose field holds. The index after it, or -1.
 */
export function shareOfDoseEnd(stream: TokenStream, index: number): number {
  const percent = stream.tokens[index + 1];
  if (stream.tokens[index]?.kind !== 'number' || percent === undefined || (percent.text !== '%' && percent.lower !== 'procent')) return -1;
  const after = stream.isWord(index + 2, ['av']) ? index + 3 : index + 2;
  const noun = stream.isWord(after, ['full', 'hel', 'ordinarie', 'planerad', 'planerade', 'den']) ? after + 1 : after;
  const word = stream.tokens[noun];
  return word?.kind === 'word' && isDoseNoun(word.lower) ? noun + 1 : -1;
}

/** Nouns of administrations that a count in words may count (`totalt fyra doser`). */
/** `i två omgångar`: portions (or rounds) of a dose, which no field counts. */
const COUNTED_ADMINISTRATIONS = new Set(['dos', 'omgångar', ...ADMINISTRATIONS]);
/**
 * `fyra doser`, `tre veckor`: a count written in words before a schedule word or administrations,
 * as a number would be. One is left out: `en`, `ett` are also articles (`en gång i veckan`).
 */
function isCountWord(stream: TokenStream, index: number): boolean {
  const token = stream.tokens[index];
  const following = stream.tokens[index + 1];
  if (token === undefined || following === undefined || (CARDINALS.get(token.lower) ?? 0) < 2) return false;
  return SCHEDULE_WORD.test(following.lower) || COUNTED_ADMINISTRATIONS.has(following.lower);
}

/** A measured outcome or length of time as a subject, after which `var` is the verb: `överlevnaden`, `uppföljningstiden`, `PFS`. */
const OUTCOME = /(?:överlevnaden|uppföljningen|tiden|durationen|^pfs|^os|^dfs|^rfs)$/;

/** Whether the token at `index` is a number, a schedule word or a route word that belongs to no recognised non-dose. */
export function isScheduleLeftover(stream: TokenStream, index: number): boolean {
  const token = stream.tokens[index];
  if (token === undefined) return false;
  const previous = stream.tokens[index - 1];
  const following = stream.tokens[index + 1];
  if (token.kind === 'number') return isUnpublishableAmount(stream, index) || !isNonDoseNumber(stream, index);
  if (isCountWord(stream, index)) return true;
  if (UNPUBLISHABLE_UNITS.has(token.lower)) return previous?.kind === 'number';
  if (token.lower === 'mmol') return previous?.kind === 'number' && isFlatMmol(stream, index);
  if (token.lower === 'ml') return previous?.kind === 'number' && isVolumeGiven(stream, index - 1);
  if (token.kind === 'punct') return token.text === '×' && following?.kind === 'number';
  if (token.lower === 'x') return following?.kind === 'number' || previous?.kind === 'number';
  // `varannan vecka`, `varje månad`: the word that makes the period a schedule.
  if (token.lower === 'varannan' || token.lower === 'varje') return following !== undefined && (SCHEDULE_WORD.test(following.lower) || HOURS_AND_MONTHS.has(following.lower));
  // `var 3:e`, `var tredje`: the verb `var` (was) is not a schedule word, nor is it after an outcome (`Medianöverlevnaden var 37 månader`).
  if (token.lower === 'var') return following?.kind === 'number' && !OUTCOME.test(previous?.lower ?? '');
  if (COUNTED.has(token.lower)) return previous?.kind === 'number';
  // `varannan timme`, `varje månad`: hours and months with no number (after one they measure: `11,2 månader`).
  if (HOURS_AND_MONTHS.has(token.lower)) return !numberShortlyBefore(stream, index);
  // `vid behov`, `vb`, `prn`: a dose as needed, which the graph cannot mark; published as a regular dose without it, it is reported.
  if (token.lower === 'behov') return previous?.lower === 'vid';
  if (token.lower === 'vid') return following?.lower === 'behov';
  if (token.lower === 'prn' || token.lower === 'vb') return true;
  // `240 mg/m2 per cykel`, `600 mg per dag`: the unit of a total, which states no schedule of its own.
  // After fractions or days counted (`5 fraktioner per vecka`) it states how many a week: left unread, it is reported.
  if (previous?.lower === 'per') return PER_A_TIME.has(token.lower) && stream.isWord(index - 2, COUNTED_IN_A_WEEK);
  // `måndag till fredag`, `mån–fre`, `utom helger`: days of the week, which no dose field holds; a dose
  // given on weekdays only is not given every day. One weekday alone (`en gång i veckan på måndagar`) says only which day.
  if (WEEKDAYS.has(token.lower)) return isWeekdayRange(stream, index);
  // `1000 mg var 6:e vecka i alla efterföljande cykler`: every later cycle, which the interval already says.
  if (FOLLOWING_CYCLES.has(previous?.lower ?? '') && /^(cykler|cyklerna|kurer|kurerna|cycles)$/.test(token.lower)) return false;
  return SCHEDULE_WORD.test(token.lower) || ROUTE_WORDS.has(token.lower) || WEEK_PARTS.has(token.lower);
}

const WEEKDAYS = new Set([
  'måndag', 'måndagar', 'mån', 'tisdag', 'tisdagar', 'tis', 'onsdag', 'onsdagar', 'ons', 'torsdag', 'torsdagar', 'tors', 'tor',
  'fredag', 'fredagar', 'fre', 'lördag', 'lördagar', 'lör', 'söndag', 'söndagar', 'sön',
  'monday', 'mondays', 'mon', 'tuesday', 'tuesdays', 'tue', 'wednesday', 'wednesdays', 'wed', 'thursday', 'thursdays', 'thu',
  'friday', 'fridays', 'fri', 'saturday', 'saturdays', 'sat', 'sunday', 'sundays', 'sun',
]);
const FOLLOWING_CYCLES = new Set(['efterföljande', 'följande', 'kommande', 'senare', 'subsequent', 'following']);
const WEEKDAY_JOINERS = new Set(['till', 'to', 'through', 'tom', '–', '-', '—']);

/** `vardagar`, `utom helger`, `på strålbehandlingsdagar`: the days of the week a dose is given on, or left out. */
const WEEK_PARTS = new Set([
  'vardag', 'vardagar', 'vardagarna', 'helg', 'helger', 'helgen', 'helgerna', 'helgdagar', 'weekday', 'weekdays', 'weekend', 'weekends',
  'strålbehandlingsdag', 'strålbehandlingsdagar', 'strålbehandlingsdagarna', 'strålningsdagar', 'strålningsdagarna', 'fraktionsdagar',
]);

/** A weekday that begins or ends a range of weekdays (`måndag till fredag`, `mån–fre`, `Monday to Friday`). */
function isWeekdayRange(stream: TokenStream, index: number): boolean {
  const joinedTo = (joiner: number, other: number) => WEEKDAY_JOINERS.has(stream.tokens[joiner]?.lower ?? '') && WEEKDAYS.has(stream.tokens[other]?.lower ?? '');
  return joinedTo(index + 1, index + 2) || joinedTo(index - 1, index - 2);
}

function isNonDoseNumber(stream: TokenStream, index: number): boolean {
  const token = stream.tokens[index];
  const previous = stream.tokens[index - 1];
  const following = stream.tokens[index + 1];
  if (token === undefined) return true;
  // `KEYNOTE-775`, `GOG-0209`, `mg/m2`: a number glued to a name or a unit is part of it;
  // not to `q`, which writes a schedule (`q3`, unread, is reported).
  if (!token.spaceBefore && previous !== undefined && previous.kind !== 'number') return previous.lower !== 'q';
  // `Paklitaxel | 175 mg/m2 | iv | 1`: a table cell of numbers alone (a day column) is no citation.
  if (isNumberCell(stream, index)) return false;
  // `… var 4:e vecka 161.`, `… 174, 175`: citation numbers of imported plain text close a clause.
  if (following === undefined || (following.kind === 'punct' && ['.', ',', ';', ')', ']'].includes(following.text))) return true;
  // `3-årsöverlevnaden`, `fas 1-studie`: a number glued to a word by a hyphen is part of a compound word.
  if (stream.isGluedHyphenBeforeWord(index + 1)) return true;
  if (measuredAfter(stream, index + 1) || isConcentration(stream, index + 1)) return true;
  if (previous !== undefined && (COMPARISONS.has(previous.text) || NUMBER_LABELS.has(previous.lower))) return true;
  // `2019`, `2022;386:437–48`: years and journal references; `166167168`: citation numbers glued by a text import.
  if (!Number.isInteger(token.value)) return false;
  return (token.value >= 1900 && token.value <= 2100) || (token.value >= 100000 && !token.text.includes(' '));
}

/** Punctuation a list of numbers in one cell may hold (`0, 1`, `1–3`, `1 och 8`). */
const NUMBER_LIST_TOKENS = new Set([',', '-', '–', 'och', '+', '/']);

/** Whether the number at `index` stands in a table cell (after a `|`) that holds nothing but numbers and list punctuation. */
function isNumberCell(stream: TokenStream, index: number): boolean {
  let first = index;
  while (first > 0 && stream.tokens[first - 1]?.text !== '|') {
    const token = stream.tokens[first - 1];
    if (token === undefined || (token.kind !== 'number' && !NUMBER_LIST_TOKENS.has(token.lower))) return false;
    first--;
  }
  if (first === 0) return false;
  for (let at = index + 1; at < stream.length && stream.tokens[at]?.text !== '|'; at++) {
    const token = stream.tokens[at];
    if (token === undefined || (token.kind !== 'number' && !NUMBER_LIST_TOKENS.has(token.lower) && token.text !== '.')) return false;
  }
  return true;
}

/** A measure word at `at`, or after the other end of a range (`20–30 %`, `9,3 till 17,7 månader`). */
function measuredAfter(stream: TokenStream, at: number): boolean {
  const token = stream.tokens[at];
  if (token === undefined) return false;
  if (MEASURES.has(token.lower)) return true;
  if (!RANGE_JOINERS.has(token.lower) || stream.tokens[at + 1]?.kind !== 'number') return false;
  const measure = stream.tokens[at + 2];
  return measure !== undefined && MEASURES.has(measure.lower);
}

const MASSES = new Set(['mg', 'g', 'mikrogram', 'µg', 'μg', 'mcg', 'ug', 'mmol', 'e', 'ie', 'me']);
const VOLUMES = new Set(['ml', 'l', 'dl', 'flaska', 'ampull', 'tablett', 'kapsel']);

/** `6 mg/ml`, `100 mg/flaska`, `80 mg/4 ml`, `4 mg per 100 ml`: a concentration or a strength, which the grammar never reads as a dose. */
function isConcentration(stream: TokenStream, at: number): boolean {
  const mass = stream.tokens[at];
  const slash = stream.tokens[at + 1];
  // `80 mg/4 ml`: the volume the mass is in may be counted.
  const counted = stream.tokens[at + 2]?.kind === 'number' ? 1 : 0;
  const volume = stream.tokens[at + 2 + counted];
  return mass !== undefined && MASSES.has(mass.lower) && (slash?.text === '/' || slash?.lower === 'per') && volume !== undefined && VOLUMES.has(volume.lower);
}
