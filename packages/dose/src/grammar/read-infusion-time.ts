import { CARDINALS } from './number-words.js';
import { readRoute } from './read-route.js';
import type { Match, TokenStream } from './token-stream.js';

/** Verbs that introduce how a dose is given (`givet som`, `ges som`, `administrerat som`). */
const GIVEN = new Set(['givet', 'given', 'givna', 'ges', 'gett', 'administrerat', 'administrerad', 'administreras', 'administered']);
const ARTICLES = new Set(['en', 'ett', 'an', 'a']);
/** Adjectives of a length of time, as in `3-timmars`, `en-timmes`, `30-minuters`, `3 hour`. */
const TIME_ADJECTIVES = new Set(['timmars', 'timmes', 'timmas', 'minuters', 'minuts', 'hour', 'hours', 'minute', 'minutes']);
const BOLUS = new Set(['bolus', 'bolusdos', 'bolusinjektion', 'bolusinjektioner']);
const INFUSION = new Set(['spruta', 'sprutor', 'infusion', 'infusionen', 'infusions', 'dropp', 'injektion', 'injection']);

/**
 * `givet som en 3-timmars`, `som en en-timmes`, `som 30 minuters` (then `intravenös infusion`),
 * `under 2 till 5 minuter`, `över 90 minuter`, `ges som en enstaka` (then `intravenös bolusdos`):
 * how long an infusion lasts, written between a dose and its route and schedule. The phrase
 * is no dose and states no schedule; the statement it follows reaches over it, so that a route
 * and interval after it (`… intravenös infusion var tredje vecka`) are still the dose's. A bare
 * `infusion` right after the length is part of the phrase (`som 3 timmars infusion`).
 */
export function readInfusionTime(stream: TokenStream, at: number): Match<true> | null {
  const during = readDuringTime(stream, at) ?? readGivenClause(stream, at);
  if (during !== null) return during;
  // `5-FU 400 mg/m2 bolus + 2400 mg/m2 under 46 timmar`, `som bolus`: given at once, which says no route.
  if (BOLUS.has(stream.tokens[at]?.lower ?? '')) return { value: true, next: at + 1 };
  if (stream.tokens[at]?.lower === 'som' && BOLUS.has(stream.tokens[at + 1]?.lower ?? '')) return { value: true, next: at + 2 };
  let i = at;
  if (GIVEN.has(stream.tokens[i]?.lower ?? '')) i++;
  if (stream.tokens[i]?.lower !== 'som' && stream.tokens[i]?.lower !== 'as') return null;
  i++;
  const routeAfter = routeAfterArticle(stream, i);
  if (routeAfter !== -1) return { value: true, next: routeAfter };
  // `som kontinuerlig infusion`, `som en långsam injektion`, `som en spruta` (then `under huden`): the kind of giving, with no route or length.
  const kind = ARTICLES.has(stream.tokens[i]?.lower ?? '') ? i + 1 : i;
  if (KINDS_OF_GIVING.has(stream.tokens[kind]?.lower ?? '') && INFUSION.has(stream.tokens[kind + 1]?.lower ?? '')) return { value: true, next: kind + 2 };
  if (kind > i && INFUSION.has(stream.tokens[kind]?.lower ?? '')) return { value: true, next: kind + 1 };
  if (ARTICLES.has(stream.tokens[i]?.lower ?? '') && isLength(stream, i + 1)) i++;
  const length = lengthNext(stream, i);
  if (length === -1) return null;
  return { value: true, next: INFUSION.has(stream.tokens[length]?.lower ?? '') ? length + 1 : length };
}

/** Words between `som en` and a route that say what kind of administration it is. */
const KINDS_OF_GIVING = new Set(['enstaka', 'enkel', 'långsam', 'snabb', 'kontinuerlig', 'single', 'slow']);

/**
 * `ges som en enstaka intravenös bolusdos`, `administrerad som en subkutan injektion`: after `som`
 * (at `at`), an article and at most one word of kind, then a route. Returns where the route starts
 * (the statement reaches over the words before it to the route), or -1.
 */
function routeAfterArticle(stream: TokenStream, at: number): number {
  let i = ARTICLES.has(stream.tokens[at]?.lower ?? '') ? at + 1 : at;
  if (KINDS_OF_GIVING.has(stream.tokens[i]?.lower ?? '')) i++;
  return i > at && readRoute(stream, i) !== null ? i : -1;
}

/**
 * `, som ska administreras intravenöst …`, `som ges iv …`: a relative clause that says how the dose
 * before it is given; the statement reaches over its verb to the route and schedule after it.
 */
function readGivenClause(stream: TokenStream, at: number): Match<true> | null {
  if (stream.tokens[at]?.lower !== 'som') return null;
  const modal = ['ska', 'skall', 'bör'].includes(stream.tokens[at + 1]?.lower ?? '') ? 1 : 0;
  const verb = stream.tokens[at + 1 + modal]?.lower ?? '';
  return ['ges', 'administreras', 'infunderas', 'injiceras'].includes(verb) ? { value: true, next: at + 2 + modal } : null;
}

/** Units of an infusion's length after `under`/`över`: minutes and hours only (`under 6 kurer` is no infusion). */
const TIME_UNITS = new Set(['minuter', 'minut', 'min', 'timmar', 'timme', 'tim', 'h', 'minutes', 'minute', 'hours', 'hour']);

/** `under 2 till 5 minuter`, `under 30 min`, `över 90 minuter`, `på 46 timmar`, `over 30 minutes`: how long the infusion lasts. */
function readDuringTime(stream: TokenStream, at: number): Match<true> | null {
  // `på 46 timmar`, `i 2 timmar`: with minutes or hours only, as every lead here.
  if (!['under', 'över', 'over', 'during', 'på', 'i'].includes(stream.tokens[at]?.lower ?? '')) return null;
  let i = at + 1;
  if (stream.tokens[i]?.kind !== 'number') return null;
  i++;
  // `2 till 5`, `2–5`: a range of lengths.
  if ((stream.isPunct(i, '-', '–') || ['till', 'to'].includes(stream.tokens[i]?.lower ?? '')) && stream.tokens[i + 1]?.kind === 'number') i += 2;
  if (!TIME_UNITS.has(stream.tokens[i]?.lower ?? '')) return null;
  return { value: true, next: i + 1 };
}

function isLength(stream: TokenStream, at: number): boolean {
  return lengthNext(stream, at) !== -1;
}

/** `3-timmars`, `3 timmars`, `en-timmes`, `30-minuters`, `24-timmarsinfusion`: the token after the length, or -1. */
function lengthNext(stream: TokenStream, at: number): number {
  const count = stream.tokens[at];
  if (count === undefined || !(count.kind === 'number' || CARDINALS.has(count.lower))) return -1;
  const hyphen = stream.isPunct(at + 1, '-', '–') ? 1 : 0;
  const unit = stream.tokens[at + 1 + hyphen];
  return unit !== undefined && (TIME_ADJECTIVES.has(unit.lower) || TIMED_INFUSION.test(unit.lower)) ? at + 2 + hyphen : -1;
}

/** `24-timmarsinfusion`, `30-minutersinfusion`: the length and the infusion written as one word. */
const TIMED_INFUSION = /^(?:timmars|timmes|minuters)(?:infusion|infusionen|dropp|injektion)$/;
