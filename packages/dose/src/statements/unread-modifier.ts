import type { DoseDiagnostic } from '../dose-types.js';
import { formatAmountText } from '../format/format-amount.js';
import type { Element } from '../grammar/scan-elements.js';
import type { TokenStream } from '../grammar/token-stream.js';
import { MODIFIERS, MODIFIER_GAP } from './assembler-rules.js';
import type { Draft } from './draft.js';
import type { ReadSpan } from './partial-reading.js';

/** Findings made before this check, each list in source order. */
export interface EarlierFindings {
  /** Findings about a dose's own words (a changed dose, a condition): a modifier inside one is not reported again. */
  aboutWords: readonly DoseDiagnostic[];
  /** Every finding so far: a modifier outside the doses that one of them touches is not reported again. */
  all: readonly DoseDiagnostic[];
}

/**
 * `dose-partial-reading` for a schedule, length, cycle or route element in a dose's clause that no
 * reading took in and no other finding names. `taken` holds the modifiers the assembler gave to a
 * statement or a name (`iv veckovis paklitaxel`, `Fulvestrant intramuskulärt 500 mg`, `Doxorubicin
 * dag 1 60 mg/m2`). Two places matter:
 * - inside a statement's span, between the name and the amount (`Tamoxifen i 5 år 20 mg dagligen`,
 *   `Morfin var 4:e timme 5 mg`) or before a modifier that was taken (`2,5 mg x 1 x 2 dagligen`):
 *   the span runs over it, so the word-by-word leftover check does not look there;
 * - outside every span, near a dose (`20 mg dagligen i 5 år, i 10 år vid hög risk`): the leftover check reports
 *   numbers and schedule words, but a length in years or an hour gap (`med 4 timmars mellanrum`)
 *   reads to it as a measure, and a route after the dose (`5 mg var 4:e timme var 6:e timme sc`) is
 *   one the dose did not take. A route before a dose, outside its span, is left alone: forms and
 *   conditions (`Vid iv inj ge …`, `Tabletter (50 mg) som innehåller …`) stand there far more often.
 */
export function unreadModifierFindings(
  stream: TokenStream,
  drafts: readonly Draft[],
  elements: readonly Element[],
  taken: ReadonlySet<Element>,
  clauses: readonly ReadSpan[],
  earlier: EarlierFindings,
): DoseDiagnostic[] {
  const owner = new Int32Array(stream.length).fill(-1);
  drafts.forEach((draft, index) => owner.fill(index, draft.first, Math.min(draft.next, stream.length)));
  const withAmount = drafts.filter((draft) => draft.dose.amount !== null).sort((a, b) => a.first - b.first);
  const insideWords = coverage(earlier.aboutWords);
  const touched = coverage(earlier.all);
  const found: DoseDiagnostic[] = [];
  let clause = 0;
  let after = 0;
  for (const element of elements) {
    stream.work.steps++;
    if (!MODIFIERS.has(element.kind) || taken.has(element)) continue;
    const start = stream.startOf(element.first);
    const end = stream.endOf(element.next - 1);
    const ownerIndex = owner[element.first] ?? -1;
    if (ownerIndex !== -1 && owner[element.next - 1] === ownerIndex) {
      const draft = drafts[ownerIndex];
      // A statement of cycles only (`Cisplatin 6 cykler`) has no amount to stand before.
      if (draft === undefined || draft.dose.amount === null || insideWords.holds(start, end)) continue;
      found.push(unreadModifierFinding(stream, element, draft, true));
      continue;
    }
    while (clause < clauses.length && (clauses[clause]?.next ?? Infinity) <= element.first) clause++;
    while (after < withAmount.length && (withAmount[after]?.first ?? Infinity) < element.first) after++;
    const span = clauses[clause];
    const before = withAmount[after - 1];
    const next = withAmount[after];
    const draft = before !== undefined && span !== undefined && before.first >= span.first ? before : next !== undefined && span !== undefined && next.first < span.next ? next : undefined;
    if (draft === undefined || !isNear(draft, element) || touched.touches(start, end)) continue;
    if (element.kind === 'route' && element.first < draft.next) continue;
    found.push(unreadModifierFinding(stream, element, draft, false));
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Near enough to the dose for the assembler to have attached it (`MODIFIER_GAP`); farther off, it is about something else (`… än vid 3-veckorsintervall`). */
function isNear(draft: Draft, element: Element): boolean {
  return element.first >= draft.next ? element.first - draft.next <= MODIFIER_GAP : draft.first - element.next <= MODIFIER_GAP;
}

function unreadModifierFinding(stream: TokenStream, element: Element, draft: Draft, inSpan: boolean): DoseDiagnostic {
  const words = stream.textOf(element.first, element.next);
  const amount = formatAmountText(draft.dose);
  const where =
    element.first >= draft.amountFirst ? { en: 'after dose', sv: 'efter dosen' }
    : inSpan ? { en: "between the drug's name and dose", sv: 'mellan läkemedlets namn och dosen' }
    : { en: 'before dose', sv: 'före dosen' };
  return {
    ruleId: 'dose-partial-reading',
    message: {
      en: `\`${words}\` ${where.en} \`${amount}\` was not read; the dose is published without it`,
      sv: `\`${words}\` ${where.sv} \`${amount}\` kunde inte läsas; dosen publiceras utan det`,
    },
    start: stream.startOf(element.first),
    end: stream.endOf(element.next - 1),
  };
}

/** Questions about character ranges against findings sorted by start, answered by the furthest end reached before a point. */
function coverage(findings: readonly DoseDiagnostic[]): { holds(start: number, end: number): boolean; touches(start: number, end: number): boolean } {
  const furthestEnd: number[] = [];
  let furthest = -1;
  for (const finding of findings) furthestEnd.push((furthest = Math.max(furthest, finding.end)));
  /** How many findings start at or before `point`. */
  const startingBy = (point: number) => {
    let low = 0;
    let high = findings.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((findings[middle]?.start ?? Infinity) <= point) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  return {
    /** Whether `[start, end)` lies inside one finding (or several that reach over it). */
    holds: (start, end) => {
      const count = startingBy(start);
      return count > 0 && (furthestEnd[count - 1] ?? -1) >= end;
    },
    /** Whether a finding overlaps `[start, end)`. */
    touches: (start, end) => {
      const count = startingBy(end - 1);
      return count > 0 && (furthestEnd[count - 1] ?? -1) > start;
    },
  };
}
