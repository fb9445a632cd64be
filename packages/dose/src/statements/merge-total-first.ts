import type { Element } from '../grammar/scan-elements.js';
import type { TokenStream } from '../grammar/token-stream.js';
import type { Draft } from './draft.js';
import { extendDraft } from './draft.js';

/**
 * `totaldos 20 Gy, 4 Gy x 5`: a total stated first and its fractionation right after are one
 * course, not two. Merges the fractionation into the open total-only statement; true when it did.
 */
export function mergeTotalFirst(open: Draft | null, element: Extract<Element, { kind: 'radiation' }>): boolean {
  const stated = open?.stated;
  if (open === null || stated === null || stated === undefined || element.first - open.next > 2) return false;
  if (stated.dosePerFraction !== null || stated.fractions !== null || element.fractionation.total !== null) return false;
  open.stated = { ...element.fractionation, total: stated.total };
  extendDraft(open, element.next);
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
