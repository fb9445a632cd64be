import type { DoseDiagnostic } from '../dose-types.js';
import { readJoiner } from '../grammar/read-joiner.js';
import type { TokenStream } from '../grammar/token-stream.js';
import { SHORTEST_CYCLE } from './cycle-modifiers.js';
import type { Draft } from './draft.js';
import { onlyCommaBetween } from './shared-modifiers.js';

/** What a cycle's schedule after the last dose of a list says, as an editor would name it. */
const PARTS = {
  intervalDays: { en: 'the interval', sv: 'intervallet' },
  cycles: { en: 'the number of cycles', sv: 'antalet cykler' },
  days: { en: 'the days', sv: 'dagarna' },
} as const;
type Part = keyof typeof PARTS;

/**
 * `Epirubicin 90 mg/m2, cyklofosfamid 600 mg/m2 var 3:e vecka x 4`, `Paklitaxel 175 mg/m2 eller
 * docetaxel 75 mg/m2 var tredje vecka`: in a list joined by commas only, or of alternatives (of
 * one drug, a cycle's schedule is shared, see `combinationOf`; a daily rhythm is not), the cycle's schedule after the last dose (an interval of a week or more, the cycles,
 * the days) is that dose's; whether it is the earlier doses' too cannot be read (`A, B och C`
 * is a combination that shares it, see `combinationOf`). Each earlier dose without its own is
 * reported, so that an editor can write `och` or give the schedule; it was left without one silently.
 */
export function unsharedListSchedules(drafts: readonly Draft[], stream: TokenStream, text: string): DoseDiagnostic[] {
  const findings: DoseDiagnostic[] = [];
  let first = 0;
  // `enligt Calvert` in `Karboplatin AUC 5 enligt Calvert och paklitaxel …`: words that kept two doses from being read as one combination.
  let unread: string | null = null;
  for (let index = 1; index <= drafts.length; index++) {
    const earlier = drafts[index - 1];
    const later = drafts[index];
    if (later !== undefined && earlier !== undefined) {
      if (listedByComma(stream, earlier, later) || later.dose.link === 'or') continue;
      const between = unreadBeforeJoiner(stream, earlier, later);
      if (between !== null) {
        unread ??= text.slice(stream.startOf(between.first), stream.endOf(between.next - 1));
        continue;
      }
    }
    if (index - first >= 2) findings.push(...listFindings(drafts.slice(first, index), stream, text, unread));
    first = index;
    unread = null;
  }
  return findings;
}

function listedByComma(stream: TokenStream, earlier: Draft, later: Draft): boolean {
  return later.dose.link === null && onlyCommaBetween(stream, earlier, later);
}

/** At most this many words may stand between two doses joined past them. */
const MOST_UNREAD_BETWEEN = 6;

/**
 * `Karboplatin AUC 5 enligt Calvert och paklitaxel 175 mg/m2 var tredje vecka`: a one-word joiner
 * of a combination (`readJoiner`: `och`, `+`) right before the later dose, after words between the
 * two doses that no reading took in (so they were not linked). The tokens of those words, or null.
 */
function unreadBeforeJoiner(stream: TokenStream, earlier: Draft, later: Draft): { first: number; next: number } | null {
  if (later.dose.link !== null || earlier.sentence !== later.sentence) return null;
  const joiner = later.first - 1;
  const read = readJoiner(stream, joiner);
  if (read?.value !== 'with' || read.next !== later.first) return null;
  const count = joiner - earlier.next;
  if (count < 1 || count > MOST_UNREAD_BETWEEN) return null;
  for (let index = earlier.next; index < joiner; index++) if (stream.isPunct(index, ';', '.', ':')) return null;
  return { first: earlier.next, next: joiner };
}

function listFindings(list: readonly Draft[], stream: TokenStream, text: string, unread: string | null): DoseDiagnostic[] {
  const last = list[list.length - 1]!;
  const alternatives = list.some((draft) => draft.dose.link === 'or');
  const parts = cycleParts(last, alternatives);
  if (parts.length === 0 || !scheduleTrails(last, stream, text)) return [];
  const findings: DoseDiagnostic[] = [];
  const lastText = text.slice(stream.startOf(last.first), stream.endOf(last.next - 1));
  for (const draft of list.slice(0, -1)) {
    const missing = parts.filter((part) => draft.dose[part] === null);
    if (missing.length === 0) continue;
    const start = stream.startOf(draft.first);
    const end = stream.endOf(draft.amountNext - 1);
    findings.push(listFinding(text.slice(start, end), lastText, missing, alternatives ? 'alternatives' : unread === null ? 'commas' : { unread }, start, end));
  }
  return findings;
}

/**
 * Whether the last dose's schedule can only stand after its amount, where it may be the list's: the
 * dose is an amount, and nothing but its drug's name comes before the amount (`veckovis paklitaxel
 * (80 mg/m2)` has its own schedule in front; `sju cykler KarPak` no amount).
 */
function scheduleTrails(last: Draft, stream: TokenStream, text: string): boolean {
  if (last.dose.amount === null) return false;
  const before = text.slice(stream.startOf(last.first), stream.startOf(last.amountFirst)).trim();
  return before === '' || before === last.dose.drugText;
}

/**
 * The parts of a cycle's schedule the dose has: an interval of a week or more, cycles, days. For
 * alternatives, any interval: a daily rhythm after a combination is the last drug's own
 * (`pembrolizumab 200 mg + lenvatinib 20 mg dagligen`), but an alternative stands in the same place.
 */
function cycleParts(draft: Draft, alternatives: boolean): Part[] {
  const parts: Part[] = [];
  const interval = draft.dose.intervalDays?.low ?? 0;
  if (interval >= SHORTEST_CYCLE || (alternatives && interval > 0)) parts.push('intervalDays');
  if (draft.dose.cycles !== null) parts.push('cycles');
  if (draft.dose.days !== null) parts.push('days');
  return parts;
}

/** How the doses of a list stand together: alternatives, commas only, or joined past words not read. */
type ListKind = 'alternatives' | 'commas' | { unread: string };

function listFinding(dose: string, last: string, missing: readonly Part[], kind: ListKind, start: number, end: number): DoseDiagnostic {
  const en = joinWords(missing.map((part) => PARTS[part].en), 'and');
  const sv = joinWords(missing.map((part) => PARTS[part].sv), 'och');
  const where = kind === 'alternatives'
    ? { en: `is an alternative to \`${last}\``, sv: `är ett alternativ till \`${last}\``, fix: { en: 'give each alternative its schedule', sv: 'ge varje alternativ sitt schema' } }
    : kind === 'commas'
      ? { en: `stands in a list joined by commas only, before \`${last}\``, sv: `står i en uppräkning med bara kommatecken, före \`${last}\``, fix: { en: 'write `och` before the last drug if they apply to all', sv: 'skriv `och` före det sista läkemedlet om det gäller alla' } }
      : { en: `is joined to \`${last}\` past words that were not read (\`${kind.unread}\`)`, sv: `är förenad med \`${last}\` förbi ord som inte kunde läsas (\`${kind.unread}\`)`, fix: { en: 'give each drug its schedule, or move those words', sv: 'ge varje läkemedel sitt schema, eller flytta orden' } };
  return {
    ruleId: 'dose-ambiguous',
    message: {
      en: `\`${dose}\` ${where.en}; whether ${en} written there ${missing.length === 1 ? 'applies' : 'apply'} to this dose too cannot be read, so it is published without ${missing.length === 1 ? 'it' : 'them'} (${where.fix.en})`,
      sv: `\`${dose}\` ${where.sv}; om ${sv} där gäller även denna dos går inte att läsa, så den publiceras utan det (${where.fix.sv})`,
    },
    start,
    end,
  };
}

function joinWords(words: readonly string[], and: string): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} ${and} ${words[words.length - 1]}`;
}
