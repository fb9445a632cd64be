import type { Range } from '../dose-types.js';
import { formatRange } from '../format/format-number.js';
import type { StatedFractionation } from '../grammar/read-radiation.js';
import type { Element } from '../grammar/scan-elements.js';
import type { TokenStream } from '../grammar/token-stream.js';
import type { Draft } from './draft.js';
import { extendDraft } from './draft.js';

/**
 * `totaldos 20 Gy, 4 Gy x 5`, `Totaldosen är 45 Gy, givet som 1,8 Gy per fraktion`: a total stated
 * first and its fractionation right after (only fillers between) are one course, not two. Merges
 * the fractionation into the open total-only statement; true when it did.
 */
export function mergeTotalFirst(open: Draft | null, element: Extract<Element, { kind: 'radiation' }>, stream: TokenStream): boolean {
  const stated = open?.stated;
  if (open === null || stated === null || stated === undefined || stated.total === null || !onlyFillersBetween(stream, open.next, element.first)) return false;
  if (stated.dosePerFraction !== null || stated.fractions !== null || element.fractionation.total !== null) return false;
  // `24 Gy (2 Gy x 12 fraktioner)`: in brackets, only a fractionation that gives the total restates it.
  const bracketed = stream.isPunct(element.first - 1, '(');
  if (bracketed && !givesTotal(element.fractionation, stated.total)) return false;
  open.stated = { ...element.fractionation, total: stated.total };
  extendDraft(open, bracketed && stream.isPunct(element.next, ')') ? element.next + 1 : element.next);
  return true;
}

/**
 * `24 Gy (2 Gy x 10)`: a fractionation in brackets right after a total-only course whose product is
 * not that total. Returns the product as text (the caller reports the two as two courses), or null.
 */
export function bracketedFractionationMismatch(open: Draft | null, element: Extract<Element, { kind: 'radiation' }>, stream: TokenStream): string | null {
  const stated = open?.stated;
  if (open === null || stated === null || stated === undefined || stated.total === null || stated.dosePerFraction !== null || stated.fractions !== null) return null;
  const product = courseProduct(element.fractionation);
  if (!stream.isPunct(element.first - 1, '(') || open.next !== element.first - 1 || product === null || sameRange(product, stated.total)) return null;
  return `${formatRange(product)} Gy`;
}

/** Whether a dose per fraction times the fractions is the total (`2 Gy x 12` and `24 Gy`). */
function givesTotal(fractionation: StatedFractionation, total: Range): boolean {
  const product = courseProduct(fractionation);
  return product !== null && sameRange(product, total);
}

/** The dose per fraction times the fractions (`2 Gy x 12`: 24), or null when either is not stated. */
function courseProduct({ dosePerFraction, fractions }: StatedFractionation): Range | null {
  if (dosePerFraction === null || fractions === null) return null;
  return { low: dosePerFraction.low * fractions.low, high: dosePerFraction.high * fractions.high };
}

function sameRange(a: Range, b: Range): boolean {
  return Math.abs(a.low - b.low) < 1e-9 && Math.abs(a.high - b.high) < 1e-9;
}

/** Words between a total and its fractionation: `totaldos 20 Gy, 4 Gy x 5`, `45 Gy, givet som 1,8 Gy per fraktion`. */
const FRACTIONATION_FILLERS = new Set([',', ':', '(', 'givet', 'given', 'som', 'med', 'i', 'as', 'dvs', 'fördelat', 'fördelad', 'på']);
const MOST_FILLERS = 4;

function onlyFillersBetween(stream: TokenStream, from: number, to: number): boolean {
  if (to - from > MOST_FILLERS) return false;
  for (let index = from; index < to; index++) if (!FRACTIONATION_FILLERS.has(stream.at(index)?.lower ?? '')) return false;
  return true;
}

const UP_TO = [['till'], ['upp', 'till'], ['to'], ['up', 'to']];

/**
 * `2 Gy dagligen till 46 Gy`, `2 Gy/dag till 46 Gy`: a dose stated alone, then `till` a larger
 * total, is the dose per fraction of that course (the schedule between them is the course's).
 * Merges the total into the open statement; true when it did.
 */
export function mergeUpToTotal(open: Draft | null, element: Extract<Element, { kind: 'radiation' }>, stream: TokenStream): boolean {
  const stated = open?.stated;
  if (open === null || stated === null || stated === undefined || stated.total === null) return false;
  if (stated.dosePerFraction !== null || stated.fractions !== null) return false;
  const total = element.fractionation;
  if (total.total === null || total.dosePerFraction !== null || total.fractions !== null || total.total.low <= stated.total.high) return false;
  if (stream.phrase(open.next, UP_TO) !== element.first) return false;
  open.stated = { dosePerFraction: stated.total, fractions: null, total: total.total };
  extendDraft(open, element.next);
  return true;
}

/** Words that may stand between a course and its total said again: `2 Gy x 6 (totalt 12 Gy)`, `…, dvs 12 Gy`, `25 fraktioner à 2 Gy till 50 Gy`. */
const TOTAL_FILLERS = new Set(['(', ',', 'totalt', 'total', 'totaldos', 'totaldosen', 'sammanlagt', 'dvs', '=', 'i', 'alltså', 'till', 'to']);

/**
 * `Helkroppsbestrålning 2 Gy x 6 (totalt 12 Gy)`: a total after a course with a dose per fraction
 * and a number of fractions, with only fillers between, restates the course's total. When it is
 * the product, it is merged (`merged: true`); when it is not, `merged: false` with the product as
 * text, which the caller reports; null when the element is no such total.
 */
export function restatedCourseTotal(
  open: Draft | null,
  element: Extract<Element, { kind: 'radiation' }>,
  stream: TokenStream,
): { merged: true } | { merged: false; product: string } | null {
  const stated = open?.stated;
  const total = element.fractionation.total;
  if (open === null || stated === null || stated === undefined || stated.dosePerFraction === null || stated.fractions === null) return null;
  if (total === null || element.fractionation.dosePerFraction !== null || element.fractionation.fractions !== null) return null;
  for (let index = open.next; index < element.first; index++) {
    const token = stream.at(index);
    if (token === undefined || !TOTAL_FILLERS.has(token.lower)) return null;
  }
  const product = courseProduct(stated);
  if (product === null) return null;
  if (!sameRange(product, total)) return { merged: false, product: `${formatRange(product)} Gy` };
  open.stated = { ...stated, total: { low: total.low, high: total.high } };
  extendDraft(open, stream.isPunct(element.next, ')') ? element.next + 1 : element.next);
  return { merged: true };
}
