import { limitOf, type LimitKind } from '../grammar/read-limit.js';
import { extendDraft } from './draft.js';
import type { ElementOf } from './mention.js';
import type { SentenceState } from './sentence-state.js';

/**
 * `maxdos 20 mg`, `Max ack. dos: 1000 mg/m²`, and a flat amount in a regimen table's maximum
 * column (`10 mg/m² kroppsyta 20 mg`): a limit of the statement of the same drug, never a dose.
 * A limit whose sentence holds no dose of the drug is read (not a dose) but has nowhere to go.
 * Returns whether the amount was a limit, and `per-period` for a maximum per day or week (in its
 * unit, or in a period right after it: `periodAfter`), which the caller reports.
 */
export function acceptLimit(sentence: SentenceState, element: ElementOf<'amount'>, periodAfter = false): boolean | 'per-period' {
  const basis = sentence.basis;
  const fromTable = basis !== null && element.first - basis.next <= 1 && element.amount.unit === 'mg' && basis.draft.dose.unit !== 'mg';
  if (!fromTable && sentence.limitCue === null) return false;
  // `max 30 mg/dygn`, `maxdos 4 g/dygn`, `högst 4 g per dygn` (`periodAfter`): a maximum per day, which is
  // neither a single dose's maximum nor a cumulative one; no field holds it, so it is reported, never stored as either.
  if (!fromTable && (element.amount.intervalDays !== null || periodAfter || sentence.limitCue === 'max-per-day')) return 'per-period';
  const kind: LimitKind = fromTable ? 'max-single' : (sentence.limitCue ?? 'max-single');
  const target = fromTable ? basis.draft : sentence.lastInSentence;
  sentence.basis = null;
  const mention = sentence.mention;
  const sameDrug = target !== null && (mention === null || target.drugEntry === null || target.dose.drug === mention.entry.id);
  if (target !== null && sameDrug) {
    const field = kind === 'max-single' ? 'maxSingleDose' : 'cumulativeMaxDose';
    target.dose[field] ??= limitOf(element.amount);
    // `Vinkristin 1,4 mg/m2 (max 2 mg) iv dag 1`: a limit right after the dose is part of it, so the route and days after it are still the dose's.
    if (fromTable || element.first - target.next <= LIMIT_REACH) extendDraft(target, element.next);
  }
  return true;
}

/** How many tokens (`(max`, `, maxdos`, `(upp till max`) may stand between a dose and a limit that continues it. */
const LIMIT_REACH = 4;
