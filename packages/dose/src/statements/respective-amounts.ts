import type { Element } from '../grammar/scan-elements.js';
import type { TokenStream } from '../grammar/token-stream.js';

/** Words between the amounts of a series before its last one (`75 mg/m2, 100 mg/m2 respektive 50 mg/m2`). */
const SERIES_SEPARATORS = [',', 'och'];
const RESPECTIVELY = ['respektive', 'respectively'];

/**
 * `Cisplatin och etoposid ges i doserna 75 mg/m2 respektive 100 mg/m2`: after a list of drugs,
 * amounts joined by commas or `och` whose last one follows `respektive` belong to the drugs in
 * order. Returns where the amount at `elements[index]` stands in such a series when the series
 * has as many amounts as the list has drugs (`count`); otherwise -1, and the amount stays
 * ambiguous.
 */
export function positionInRespectiveSeries(elements: readonly Element[], index: number, count: number, stream: TokenStream): number {
  let first = index;
  for (let previous = amountBefore(elements, first, stream); previous !== -1; previous = amountBefore(elements, first, stream)) first = previous;
  const series = [first];
  let closed = false;
  while (!closed && series.length < count) {
    const last = series[series.length - 1]!;
    const next = amountAfter(elements, last, stream);
    if (next === -1) break;
    closed = RESPECTIVELY.includes(separatorBetween(stream, elements[last]!, elements[next]!));
    series.push(next);
  }
  // A series that goes on past the list (`75 respektive 100 respektive 5 mg` after two drugs) is no such series.
  const runsOn = amountAfter(elements, series[series.length - 1]!, stream) !== -1;
  return closed && !runsOn && series.length === count ? series.indexOf(index) : -1;
}

/** The next amount element after `elements[index]` with only one separator word between, or -1. */
function amountAfter(elements: readonly Element[], index: number, stream: TokenStream): number {
  // `och` is a joiner element of its own; a comma and `respektive` are no elements.
  const next = elements[index + 1]?.kind === 'joiner' ? index + 2 : index + 1;
  const amount = elements[next];
  return amount?.kind === 'amount' && separatorBetween(stream, elements[index]!, amount) !== '' ? next : -1;
}

function amountBefore(elements: readonly Element[], index: number, stream: TokenStream): number {
  const previous = elements[index - 1]?.kind === 'joiner' ? index - 2 : index - 1;
  const amount = elements[previous];
  return previous >= 0 && amount?.kind === 'amount' && separatorBetween(stream, amount, elements[index]!) !== '' ? previous : -1;
}

/** The one separator word or comma between two elements, lower case; '' when there is none or more. */
function separatorBetween(stream: TokenStream, earlier: Element, later: Element): string {
  if (later.first !== earlier.next + 1) return '';
  const between = stream.at(earlier.next)?.lower ?? '';
  return SERIES_SEPARATORS.includes(between) || RESPECTIVELY.includes(between) ? between : '';
}
