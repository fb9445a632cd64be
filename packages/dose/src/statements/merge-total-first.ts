import type { Element } from '../grammar/scan-elements.js';
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
