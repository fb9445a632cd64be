import type { DoseDiagnostic } from '../dose-types.js';
import { formatAmountText } from '../format/format-amount.js';
import { rateEnd } from '../grammar/read-amount.js';
import type { TokenStream } from '../grammar/token-stream.js';
import type { Draft } from './draft.js';
import { isRouteWord, isScheduleLeftover, isUnpublishableAmount, shareOfDoseEnd } from './non-dose-words.js';

/** A token span `[first, next)` that was read: a statement, a drug name, a limit, a joining word. */
export interface ReadSpan {
  first: number;
  next: number;
}

/** Leftover words this close together (in tokens) are reported as one phrase. */
const JOIN_GAP = 2;

/**
 * `dose-partial-reading`, structurally: in every clause that holds a dose, each number and each
 * schedule word (`dag`, `kur`, `cykel`, `vecka`, `x N`, `var N:e`, `gånger`, `fraktion`, `Gy`)
 * that no reading took in and that is no recognised non-dose (a volume, a weight, an age, a
 * percentage, a statistic, a citation) is reported at its place, before or after the dose, so that
 * a dose is never published looking complete while part of its phrase was skipped. A clause ends
 * at a sentence end or a semicolon (`clauseSpans`, see `clauses`). `read` holds every span a
 * statement, a name or another non-dose element covers; `inElement` marks the tokens of every
 * element found, so that a number inside a statement's span that none of them read is still reported.
 */
export function partialReadings(
  stream: TokenStream,
  drafts: readonly Draft[],
  read: readonly ReadSpan[],
  clauseSpans: readonly ReadSpan[],
  drugNames: readonly ReadSpan[],
  inElement: Uint8Array,
): DoseDiagnostic[] {
  const covered = new Uint8Array(stream.length);
  for (const span of read) covered.fill(1, span.first, Math.min(span.next, stream.length));
  // `Cisplatin 75/100 mg/m2`, `Metotrexat 12 mg intratekalt en gång per vecka`: a statement's span
  // runs from the name to its last modifier, but a number or a route word inside it that no element read was not read.
  for (let index = 0; index < stream.length; index++) if (inElement[index] === 0 && isUnreadInSpan(stream, index)) covered[index] = 0;
  const found: DoseDiagnostic[] = [];
  let draftIndex = 0;
  let nameIndex = 0;
  for (const clause of clauseSpans) {
    const inClause: Draft[] = [];
    while (draftIndex < drafts.length && (drafts[draftIndex]?.first ?? Infinity) < clause.next) {
      const draft = drafts[draftIndex];
      if (draft !== undefined && draft.first >= clause.first) inClause.push(draft);
      draftIndex++;
    }
    let name: ReadSpan | null = null;
    while (nameIndex < drugNames.length && (drugNames[nameIndex]?.first ?? Infinity) < clause.next) {
      const span = drugNames[nameIndex];
      if (span !== undefined && span.first >= clause.first) name ??= span;
      nameIndex++;
    }
    const aboutADose = inClause.length > 0 || name !== null;
    if (!aboutADose && !holdsUnpublishableAmount(stream, clause)) continue;
    for (const run of leftoverRuns(stream, covered, clause)) {
      // In a clause about no dose and no drug only the amounts themselves are reported (`0,5 mg/kg/min`, not `kur 1`).
      if (!aboutADose && !isUnpublishableAmount(stream, run.first)) continue;
      found.push(finding(stream, run, nearestDraft(inClause, run.first), name));
    }
  }
  return found;
}

const isUnreadInSpan = (stream: TokenStream, index: number) => {
  const token = stream.tokens[index];
  return token?.kind === 'number' || (token !== undefined && (isRouteWord(token.lower) || isScheduleLeftover(stream, index)));
};

/** `Filgrastimdos: 30 ME`: a clause with an amount in units the graph cannot hold is searched too. */
function holdsUnpublishableAmount(stream: TokenStream, clause: ReadSpan): boolean {
  for (let index = clause.first; index < clause.next; index++) if (isUnpublishableAmount(stream, index)) return true;
  return false;
}

/** Token ranges `[first, next)` of the clauses (ended by a sentence end or `;`), in order. */
export function clauses(stream: TokenStream, sentenceEnds: ReadonlySet<number>): ReadSpan[] {
  const spans: ReadSpan[] = [];
  let first = 0;
  for (let index = 0; index < stream.length; index++) {
    stream.work.steps++;
    if (sentenceEnds.has(index) || stream.tokens[index]?.text === ';') {
      spans.push({ first, next: index });
      first = index + 1;
    }
  }
  spans.push({ first, next: stream.length });
  return spans;
}

/** Leftover tokens reported as one phrase; `rate` when the phrase is exactly a rate of infusion. */
interface LeftoverRun extends ReadSpan {
  rate: boolean;
}

/** Runs of leftover tokens in a clause; uncovered tokens between two leftovers join them when few. */
function leftoverRuns(stream: TokenStream, covered: Uint8Array, clause: ReadSpan): LeftoverRun[] {
  const runs: LeftoverRun[] = [];
  let current: LeftoverRun | null = null;
  for (let index = clause.first; index < clause.next; index++) {
    stream.work.steps++;
    if (covered[index] === 1) {
      current = null;
      continue;
    }
    // A rate left unread (`0,5 mg/kg/min`) is reported whole, and so is a share of a dose (`75 % av dosen`).
    const rate = rateEnd(stream, index);
    if (rate === -1 && !isScheduleLeftover(stream, index)) continue;
    const next = Math.max(index + 1, rate, shareOfDoseEnd(stream, index));
    if (current !== null && index - current.next < JOIN_GAP) {
      current.next = next;
      current.rate = false;
    } else {
      // `per vecka`: the phrase is reported from its `per`.
      const first = index > clause.first && covered[index - 1] === 0 && stream.isWord(index - 1, ['per']) ? index - 1 : index;
      current = { first, next, rate: rate !== -1 };
      runs.push(current);
    }
    index = next - 1;
  }
  return runs;
}

/** The dose a leftover belongs with: the last one before it in the clause, else the first after it. */
function nearestDraft(inClause: readonly Draft[], first: number): Draft | null {
  let nearest = inClause[0] ?? null;
  for (const draft of inClause) if (draft.first < first) nearest = draft;
  return nearest;
}

function finding(stream: TokenStream, run: LeftoverRun, draft: Draft | null, name: ReadSpan | null): DoseDiagnostic {
  const words = stream.textOf(run.first, run.next);
  const place = { start: stream.startOf(run.first), end: stream.endOf(run.next - 1) };
  // `0,5 mg/kg/min`: said for what it is, wherever it stands.
  if (run.rate) {
    return {
      ruleId: 'dose-partial-reading',
      message: {
        en: `\`${words}\` is a rate of infusion (an amount per minute or hour), which no dose field can hold; no dose is published from it`,
        sv: `\`${words}\` är en infusionshastighet (en mängd per minut eller timme), som inget dosfält kan rymma; ingen dos publiceras därifrån`,
      },
      ...place,
    };
  }
  if (draft === null) {
    if (name === null) {
      return {
        ruleId: 'dose-partial-reading',
        message: {
          en: `\`${words}\` looks like a dose in units the grammar cannot publish in this form; no dose is published from it`,
          sv: `\`${words}\` ser ut som en dos i enheter som grammatiken inte kan publicera i denna form; ingen dos publiceras därifrån`,
        },
        ...place,
      };
    }
    // `Filgrastim 0,5 ME/kg`: a number beside a drug that no dose took in; no dose is published.
    const drug = stream.textOf(name.first, name.next);
    return {
      ruleId: 'dose-partial-reading',
      message: {
        en: `\`${words}\` in a clause about \`${drug}\` was not read as a dose or as anything else; no dose is published from it`,
        sv: `\`${words}\` i en sats om \`${drug}\` kunde inte läsas som en dos eller som något annat; ingen dos publiceras därifrån`,
      },
      ...place,
    };
  }
  const amount = formatAmountText(draft.dose);
  const where = run.first < draft.amountFirst ? { en: 'before', sv: 'före' } : { en: 'after', sv: 'efter' };
  return {
    ruleId: 'dose-partial-reading',
    message: {
      en: `\`${words}\` ${where.en} dose \`${amount}\` was not read; the dose is published without it`,
      sv: `\`${words}\` ${where.sv} dosen \`${amount}\` kunde inte läsas; dosen publiceras utan det`,
    },
    ...place,
  };
}
