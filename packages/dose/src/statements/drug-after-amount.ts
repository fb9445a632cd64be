import type { Element } from '../grammar/scan-elements.js';
import type { Attribution } from './amount-attribution.js';
import type { ElementOf } from './mention.js';
import type { SentenceState } from './sentence-state.js';

/** A name this close before a later amount is that amount's drug, not the one before it. */
const OWN_AMOUNT_GAP = 2;

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
 * could be either drug's and is reported, not given to the earlier one.
 */
export function drugAfterAmount(elements: readonly Element[], index: number, sentence: SentenceState, attribution: Attribution): NameAfterAmount {
  const none = { given: null, competing: null };
  const amount = elements[index];
  // `100 mg intravenöst metylprednisolon`: a route may stand between the amount and the name.
  const route = elements[index + 1]?.kind === 'route' && elements[index + 1]?.first === amount?.next ? 1 : 0;
  const before = elements[index + route];
  const name = elements[index + route + 1];
  if (amount === undefined || before === undefined || name?.kind !== 'mention' || name.first !== before.next) return none;
  if (name.entry.kind !== 'drug' || name.entry.role === 'diluent') return none;
  const after = elements[index + route + 2];
  if (after?.kind === 'amount' && after.first - name.next <= OWN_AMOUNT_GAP) return none;
  if (attribution.named !== null) return attribution.named.entry === name.entry ? none : { given: null, competing: name };
  if (sentence.mention !== null || attribution.unknown !== null || attribution.blocker !== -1) return none;
  return { given: name, competing: null };
}
