import type { DoseDiagnostic } from '../dose-types.js';
import { formatAmountText } from '../format/format-amount.js';
import type { TokenStream } from '../grammar/token-stream.js';
import type { Token } from '../scan/token.js';
import type { Draft } from './draft.js';

/** A token span `[first, next)` that was read: a statement, a drug name, a limit, a joining word. */
export interface ReadSpan {
  first: number;
  next: number;
}

/** How many tokens after a statement are searched for words it left unread. */
const REACH = 6;

/** Stems of words that state a schedule, cycles or fractions. */
const SCHEDULE_STEMS = ['dag', 'dygn', 'veck', 'kur', 'cykel', 'cykl', 'gång', 'ggr', 'fraktion', 'day', 'week', 'cycle', 'daily'];
/** Words that say what a number measures when it is not part of a dose (`250 ml`, `30 min.`, `> 70 kg`). */
const MEASURES = new Set([
  'ml', 'l', 'dl', 'min', 'minuter', 'minuters', 'minutes', 'tim', 'timmar', 'timme', 'timmars', 'h', 'hours', '%',
  'procent', 'kg', 'år', 'års', 'years', 'månader', 'månad', 'months', 'sekunder', 'mmol', 'µmol', 'μmol',
]);

/**
 * `dose-partial-reading`: words right after a dose that state a schedule, a cycle or a number
 * the grammar did not read (`Docetaxel 75 mg/m² iv varannan tisdag`, `… 3 ggr/v`), so that a dose
 * is never published looking complete while part of its phrase was skipped. `read` holds every
 * span a statement, a name or another non-dose element covers; a search stops at the next
 * statement or at the end of the sentence (`sentenceEnds`, token indexes).
 */
export function partialReadings(
  stream: TokenStream,
  drafts: readonly Draft[],
  read: readonly ReadSpan[],
  sentenceEnds: ReadonlySet<number>,
): DoseDiagnostic[] {
  const covered = new Uint8Array(stream.length);
  for (const span of read) covered.fill(1, span.first, Math.min(span.next, stream.length));
  const starts = new Set(drafts.map((draft) => draft.first));
  const found: DoseDiagnostic[] = [];
  for (const draft of drafts) {
    let firstLeft = -1;
    let lastLeft = -1;
    for (let index = draft.next; index < draft.next + REACH && index < stream.length; index++) {
      if (sentenceEnds.has(index) || starts.has(index)) break;
      if (covered[index] === 1) continue;
      const token = stream.at(index);
      if (token === undefined || !isLeftover(token, stream.at(index + 1), stream.at(index - 1))) continue;
      if (firstLeft === -1) firstLeft = index;
      lastLeft = index;
    }
    if (firstLeft === -1) continue;
    const start = stream.startOf(firstLeft);
    const end = stream.endOf(lastLeft);
    const words = stream.tokens.slice(firstLeft, lastLeft + 1).map((token) => (token.spaceBefore ? ` ${token.text}` : token.text)).join('').trim();
    const amount = formatAmountText(draft.dose);
    found.push({
      ruleId: 'dose-partial-reading',
      message: {
        en: `\`${words}\` after dose \`${amount}\` was not read; the dose is published without it`,
        sv: `\`${words}\` efter dosen \`${amount}\` kunde inte läsas; dosen publiceras utan det`,
      },
      start,
      end,
    });
  }
  return found;
}

/**
 * A number that no measure word explains, or a schedule word. Glued parts of names
 * (`KEYNOTE-775`) and numbers that close a clause (citation numbers) are not.
 */
function isLeftover(token: Token, following: Token | undefined, previous: Token | undefined): boolean {
  if (token.kind === 'number') {
    if (!token.spaceBefore && previous !== undefined && previous.kind !== 'number') return false;
    // `… var 4:e vecka 161.`, `… 174, 175`: citation numbers of imported plain text.
    if (following === undefined || (following.kind === 'punct' && ['.', ',', ';'].includes(following.text))) return false;
    return !MEASURES.has(following.lower);
  }
  if (token.kind === 'punct') return token.text === '×';
  if (token.lower === 'x') return true;
  return SCHEDULE_STEMS.some((stem) => token.lower.startsWith(stem));
}
