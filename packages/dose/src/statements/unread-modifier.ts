import type { DoseDiagnostic } from '../dose-types.js';
import { formatAmountText } from '../format/format-amount.js';
import type { Element } from '../grammar/scan-elements.js';
import type { TokenStream } from '../grammar/token-stream.js';
import { MODIFIERS } from './assembler-rules.js';
import type { Draft } from './draft.js';

/**
 * `dose-partial-reading` for a modifier inside a statement's span that no reading took in: between
 * the name and the amount (`Tamoxifen i 5 år 20 mg dagligen`, `Morfin var 4:e timme 5 mg`), or
 * after the amount and before a modifier that was taken (`4 mg var 4:e vecka ny kur dag 29 iv`).
 * The span runs over it, so the leftover check, which looks only at words outside every span,
 * would not see it. `taken` holds the modifiers the assembler gave to a statement or a name
 * (`iv veckovis paklitaxel`, `Fulvestrant intramuskulärt 500 mg`, `Doxorubicin dag 1 60 mg/m2`).
 */
export function unreadModifierFindings(
  stream: TokenStream,
  drafts: readonly Draft[],
  elements: readonly Element[],
  taken: ReadonlySet<Element>,
  /** Findings already made, in source order; a modifier inside one of them is not reported again. */
  reported: readonly DoseDiagnostic[],
): DoseDiagnostic[] {
  const isReported = insideAny(reported);
  const found: DoseDiagnostic[] = [];
  const byFirst = [...drafts].sort((a, b) => a.first - b.first);
  let from = 0;
  for (const draft of byFirst) {
    // A statement of cycles only (`Cisplatin 6 cykler`) has no amount to stand before.
    if (draft.dose.amount === null) continue;
    while (from < elements.length && (elements[from]?.first ?? Infinity) < draft.first) from++;
    for (let index = from; index < elements.length; index++) {
      const element = elements[index];
      if (element === undefined || element.first >= draft.next) break;
      stream.work.steps++;
      if (!MODIFIERS.has(element.kind) || element.next > draft.next || taken.has(element)) continue;
      const finding = unreadModifierFinding(stream, element, draft);
      if (!isReported(finding.start, finding.end)) found.push(finding);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function unreadModifierFinding(stream: TokenStream, element: Element, draft: Draft): DoseDiagnostic {
  const words = stream.textOf(element.first, element.next);
  const amount = formatAmountText(draft.dose);
  const where =
    element.first < draft.amountFirst ? { en: "between the drug's name and dose", sv: 'mellan läkemedlets namn och dosen' } : { en: 'after dose', sv: 'efter dosen' };
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

/** Whether `[start, end)` lies inside one of the findings (sorted by start): by the furthest end reached before it. */
function insideAny(findings: readonly DoseDiagnostic[]): (start: number, end: number) => boolean {
  const furthestEnd: number[] = [];
  let furthest = -1;
  for (const finding of findings) furthestEnd.push((furthest = Math.max(furthest, finding.end)));
  return (start, end) => {
    let low = 0;
    let high = findings.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((findings[middle]?.start ?? Infinity) <= start) low = middle + 1;
      else high = middle;
    }
    return low > 0 && (furthestEnd[low - 1] ?? -1) >= end;
  };
}
