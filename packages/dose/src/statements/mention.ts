import type { Range, Route } from '../dose-types.js';
import type { Element } from '../grammar/scan-elements.js';
import type { NamedEntry } from '../lexicon/name-index.js';
import type { Draft } from './draft.js';

export type ElementOf<K extends Element['kind']> = Extract<Element, { kind: K }>;

/** The drug or regimen named most recently in the sentence; later doses without a name inherit it. */
export interface Mention {
  entry: NamedEntry;
  first: number;
  /** End of the name itself; `next` also covers a repeat such as `(MPA)`. */
  nameNext: number;
  next: number;
  /** A statement has already used this name: the next one inherits it. */
  used: boolean;
  /** Route and schedule written just before the name (`iv pembrolizumab`, `veckovis paklitaxel`). */
  route: Route | null;
  intervalDays: Range | null;
  /** Where the name and the route or schedule before it start. */
  prefixFirst: number;
  /** `Sex cykler paklitaxel 175 mg/m2`: a count of cycles before the name, for the amount right after it. */
  cycles: ElementOf<'cycles'> | null;
}

/**
 * A mention of `element`, taking over a schedule and a route that stand right before it
 * (`iv veckovis paklitaxel`).
 */
export function mentionOf(
  element: ElementOf<'mention'>,
  schedule: ElementOf<'schedule'> | null,
  route: ElementOf<'route'> | null,
): Mention {
  let prefixFirst = element.first;
  let intervalDays: Range | null = null;
  if (schedule !== null && schedule.next === prefixFirst) {
    intervalDays = schedule.intervalDays;
    prefixFirst = schedule.first;
  }
  const routeBefore = route !== null && route.next === prefixFirst ? route : null;
  if (routeBefore !== null) prefixFirst = routeBefore.first;
  return {
    entry: element.entry,
    first: element.first,
    nameNext: element.next,
    next: element.next,
    used: false,
    route: routeBefore?.route ?? null,
    intervalDays,
    prefixFirst,
    cycles: null,
  };
}

/** Gives the draft the mentioned drug (or regimen); the route and schedule before the name go to the first statement only. */
export function bindMention(draft: Draft, mention: Mention, name: string): void {
  const dose = draft.dose;
  if (mention.entry.kind === 'drug') {
    dose.drug = mention.entry.id;
    dose.drugText = name;
    dose.drugInherited = mention.used;
    draft.drugEntry = mention.entry;
  } else {
    dose.regimen = mention.entry.id;
    dose.regimenText = name;
  }
  mention.used = true;
  mention.route = null;
  mention.intervalDays = null;
  mention.cycles = null;
}
