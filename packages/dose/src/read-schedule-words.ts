import type { Duration, OpenRange, Range, Route, SchedulePause } from './dose-types.js';
import { scanElements } from './grammar/scan-elements.js';
import { TokenStream } from './grammar/token-stream.js';
import { buildNameIndex } from './lexicon/name-index.js';
import { tokenize } from './scan/tokenize.js';
import { createWorkCounter } from './scan/work-counter.js';

/** What a short schedule text says, e.g. a regimen table cell such as `var 3:e vecka`. */
export interface ScheduleWords {
  intervalDays: Range | null;
  pause: SchedulePause | null;
  cycles: OpenRange | null;
  maxDuration: Duration | null;
  route: Route | null;
  /** True when every word of the text was read as one of the values above. */
  understood: boolean;
}

const noNames = buildNameIndex({ drugs: [], regimens: [] });

/**
 * Reads the schedule words of a short text with the same grammar as prose: an interval
 * (`var 3:e vecka`, `veckovis`, `dagligen`), a pause, cycles (`i 4 cykler`, `upp till 35 cykler`),
 * a maximum duration (`maximalt 2 år`) and a route (`iv`, `peroralt`).
 */
export function readScheduleWords(text: string): ScheduleWords {
  const work = createWorkCounter();
  const stream = new TokenStream(tokenize(text, work), work);
  const result: ScheduleWords = { intervalDays: null, pause: null, cycles: null, maxDuration: null, route: null, understood: true };
  const covered = new Set<number>();
  for (const element of scanElements(stream, noNames)) {
    for (let at = element.first; at < element.next; at++) covered.add(at);
    if (element.kind === 'schedule') result.intervalDays ??= element.intervalDays;
    else if (element.kind === 'pause') result.pause ??= element.pause;
    else if (element.kind === 'cycles' || element.kind === 'times') result.cycles ??= element.cycles;
    else if (element.kind === 'duration') result.maxDuration ??= element.duration;
    else if (element.kind === 'route') result.route ??= element.route;
    else if (element.kind !== 'sentence-end') result.understood = false;
  }
  for (let at = 0; at < stream.length; at++) {
    if (!covered.has(at) && stream.at(at)?.kind !== 'punct') result.understood = false;
  }
  return result;
}
