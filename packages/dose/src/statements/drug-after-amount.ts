import type { Element } from '../grammar/scan-elements.js';
import type { TokenStream } from '../grammar/token-stream.js';
import type { Attribution } from './amount-attribution.js';
import type { ElementOf } from './mention.js';
import type { SentenceState } from './sentence-state.js';

/** A name this close before a later amount is that amount's drug, not the one before it. */
const OWN_AMOUNT_GAP = 2;
/** The longest aside in brackets between an amount and its name (`6 mg (en förfylld spruta) Neulasta`), brackets included. */
const ASIDE_TOKENS = 8;

/** What the drug named right after an amount (`500 mg bosutinib`) decides. */
export interface NameAfterAmount {
  /** The name, given to the amount. */
  given: ElementOf<'mention'> | null;
  /** The name, which competes with a drug named earlier in the sentence: the dose is ambiguous. */
  competing: ElementOf<'mention'> | null;
}

/**
 * `Rekommenderad dos är 500 mg bosutinib en gång dagligen`, `inleds behandlingen med 4 mg
 * loperamid`, `100 mg intravenöst metylprednisolon`: product information and care guidance often write the amount before the drug.
 * A drug (not a diluent) named right after an amount, with no amount of its own right after it
 * (`… 100 mg cisplatin 75 mg/m2` gives cisplatin its 75 mg/m2 only), is the amount's when nothing
 * else could be: no word that may be another drug stands before the amount and no drug is named
 * earlier in the sentence. When one is (`cisplatin 75 mg/m2 och 100 mg/m2 etoposid`), the amount
 * could be either drug's and is reported, not given to the earlier one. A short aside in brackets
 * that reads as nothing may stand between them (`En dos av 6 mg (en förfylld spruta) Neulasta`),
 * and so may `av` or `of` (`Patienterna fick 100 mg/m2 av etoposid dag 1–3`).
 */
export function drugAfterAmount(
  elements: readonly Element[],
  index: number,
  sentence: SentenceState,
  attribution: Attribution,
  stream: TokenStream,
): NameAfterAmount {
  const none = { given: null, competing: null };
  const amount = elements[index];
  // `100 mg intravenöst metylprednisolon`: a route may stand between the amount and the name.
  const route = elements[index + 1]?.kind === 'route' && elements[index + 1]?.first === amount?.next ? 1 : 0;
  const before = elements[index + route];
  if (amount === undefined || before === undefined) return none;
  if (elements[index + route + 1]?.kind !== 'mention') return beyondSchedule(elements, index + route + 1, stream, attribution);
  const name = drugWithoutOwnAmount(elements, index + route + 1);
  if (name === null || (name.first !== before.next && !isAside(stream, before.next, name.first) && !isOf(stream, before.next, name.first))) return none;
  if (attribution.named !== null) return attribution.named.entry === name.entry ? none : { given: null, competing: name };
  if (sentence.mention !== null || attribution.unknown !== null || attribution.blocker !== -1) return none;
  return { given: name, competing: null };
}

/** `100 mg/m2 av etoposid`, `100 mg of etoposide`: the one word between the amount and its name says whose it is. */
function isOf(stream: TokenStream, first: number, next: number): boolean {
  return next === first + 1 && stream.isWord(first, ['av', 'of']);
}

/** Whether the tokens `[first, next)` are one short bracketed aside: `(` … `)` with no bracket inside. */
function isAside(stream: TokenStream, first: number, next: number): boolean {
  if (next - first > ASIDE_TOKENS || next - first < 3 || !stream.isPunct(first, '(') || !stream.isPunct(next - 1, ')')) return false;
  for (let at = first + 1; at < next - 1; at++) if (stream.isPunct(at, '(', ')')) return false;
  return true;
}

/** Elements of an amount's own schedule, which may stand between it and a name written after it. */
const SCHEDULE_KINDS = new Set<Element['kind']>(['cycle-days', 'schedule', 'route', 'infusion-time']);

/**
 * `Cisplatin 75 mg/m2 och 100 mg/m2 (dag 1-3) etoposid`: a drug named right after the amount's
 * schedule (only brackets and commas between) competes with the drug named before the amount,
 * which then does not get it: the dose is reported as ambiguous. Without an earlier drug nothing
 * is given either: that reading is left to a sentence that writes the name first.
 */
function beyondSchedule(elements: readonly Element[], from: number, stream: TokenStream, attribution: Attribution): NameAfterAmount {
  const none = { given: null, competing: null };
  let index = from;
  let end = elements[from - 1]?.next ?? 0;
  while (elements[index] !== undefined && SCHEDULE_KINDS.has(elements[index]!.kind) && onlyBrackets(stream, end, elements[index]!.first)) {
    end = elements[index]!.next;
    index++;
  }
  const name = index === from ? null : drugWithoutOwnAmount(elements, index);
  if (name === null || !onlyBrackets(stream, end, name.first) || attribution.named === null || attribution.named.entry === name.entry) return none;
  return { given: null, competing: name };
}

/** The drug (not a diluent) named at `at`, unless an amount of its own follows it (`… 100 mg cisplatin 75 mg/m2`). */
function drugWithoutOwnAmount(elements: readonly Element[], at: number): ElementOf<'mention'> | null {
  const name = elements[at];
  if (name?.kind !== 'mention' || name.entry.kind !== 'drug' || name.entry.role === 'diluent') return null;
  const after = elements[at + 1];
  return after?.kind === 'amount' && after.first - name.next <= OWN_AMOUNT_GAP ? null : name;
}

/** Whether the tokens `[first, next)` are brackets and commas only (or none). */
function onlyBrackets(stream: TokenStream, first: number, next: number): boolean {
  for (let at = first; at < next; at++) if (!stream.isPunct(at, '(', ')', ',')) return false;
  return true;
}
