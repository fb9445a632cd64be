import type { ParsedDose } from '../dose-types.js';
import type { TokenStream } from '../grammar/token-stream.js';
import { extendDraft, type Draft } from './draft.js';

/** The fields a schedule word may fill; a field already read is never overwritten. */
export type ModifierField = 'intervalDays' | 'days' | 'cycleLengthDays' | 'cycles' | 'route' | 'timesPerDay';

/**
 * The statements a modifier at token `first` applies to. A modifier set off by a comma after a
 * combination (`Nivolumab 3 mg/kg och Ipilimumab 1 mg/kg, ny kur dag 22, fyra kurer`) is
 * shared by every statement of the combination (joined by `och`, `+`, `and`); otherwise only
 * the statement it follows gets it (`pembrolizumab 200 mg + lenvatinib 20 mg dagligen`).
 */
export function modifierTargets(drafts: readonly Draft[], target: Draft, first: number, stream: TokenStream): Draft[] {
  return stream.isPunct(first - 1, ',') ? combinationOf(drafts, target, stream) : [target];
}

/**
 * `target` and the statements joined to it before it by `och`, `+`, `and` in the same sentence;
 * with the tokens (`stream`), also those listed before them with only a comma between, when the
 * list ends in such a join (`bortezomib …, lenalidomid … och dexametason …`). Alternative amounts
 * of one drug joined by `eller` (`Bevacizumab 7,5 mg/kg eller 15 mg/kg var tredje vecka`) belong
 * together too: the schedule after the last is the schedule of each. With `throughSequence`, doses
 * given one after another (`därefter`, `följt av`) do as well: a cycle's schedule set off by a comma
 * after the whole regimen.
 */
export function combinationOf(drafts: readonly Draft[], target: Draft, stream?: TokenStream, throughSequence = false): Draft[] {
  const targets = [target];
  let joined = false;
  let index = drafts.lastIndexOf(target);
  while (index > 0) {
    const later = drafts[index];
    const earlier = drafts[index - 1];
    if (later === undefined || earlier === undefined || earlier.sentence !== later.sentence) break;
    if (later.dose.link === 'with' || (later.dose.link === 'or' && later.dose.drug !== null && later.dose.drug === earlier.dose.drug) || (throughSequence && inSequence(earlier, later))) joined = true;
    else if (!(joined && stream !== undefined && later.dose.link === null && onlyCommaBetween(stream, earlier, later))) break;
    targets.unshift(earlier);
    index--;
  }
  return targets;
}

/**
 * `… bolus dag 1 och därefter 2400 mg/m2 som infusion`: doses given one after the other in a cycle.
 * The same drug again after `därefter` is the next phase (`8 mg/kg, därefter 6 mg/kg`: a loading
 * dose, given once) unless the earlier dose is given on days of the cycle.
 */
function inSequence(earlier: Draft, later: Draft): boolean {
  return later.dose.link === 'then' && (later.dose.drug !== earlier.dose.drug || earlier.dose.days !== null);
}

/** Whether only a comma stands between two statements (`A 90 mg/m2, B 600 mg/m2`). */
export function onlyCommaBetween(stream: TokenStream, earlier: Draft, later: Draft): boolean {
  return later.first === earlier.next + 1 && stream.isPunct(earlier.next, ',');
}

/** A dose given every day or several times a day (`x 2`, `dagligen`): a rhythm of its own, not a cycle's days. */
function takenDaily(draft: Draft): boolean {
  return draft.dose.timesPerDay !== null || (draft.dose.intervalDays !== null && draft.dose.intervalDays.high <= 1);
}

/**
 * Sets `field` on the targets, from the last back to the first that has read its own: the value
 * stops there (`A, B, C dag 1 och D dag 1–5`: D's days stop at C, which has its own; A and B get
 * none of them). An interval is not given to an earlier loading dose, which is given once, and
 * days of the cycle, or a route written with them, not to an earlier dose taken daily when the
 * dose they are written after is not.
 */
export function shareField<F extends ModifierField>(targets: readonly Draft[], field: F, value: ParsedDose[F]): void {
  const last = targets[targets.length - 1];
  const lastDaily = last !== undefined && takenDaily(last);
  for (let index = targets.length - 1; index >= 0; index--) {
    const draft = targets[index];
    if (draft === undefined || draft.dose[field] !== null) break;
    // `8 mg/kg som laddningsdos och 6 mg/kg som underhållsdos var tredje vecka`: a loading dose is given once.
    if (field === 'intervalDays' && index < targets.length - 1 && draft.dose.phaseKind === 'loading') continue;
    // `Abemaciklib 150 mg x 2 i kombination med fulvestrant 500 mg im dag 1, 15, 29`: a drug taken every day
    // has no days of the cycle, and the route written with the other drug's days is not its own.
    // (`Etoposid 100 mg/m2 dagligen och cisplatin 20 mg/m2 dagligen dag 1–5`: days of doses taken daily are both's.)
    if ((field === 'days' || field === 'route') && index < targets.length - 1 && !lastDaily && takenDaily(draft)) continue;
    draft.dose[field] = value;
  }
}

/**
 * Gives a modifier at tokens `[first, next)` to its statement `near`, and to the whole
 * combination when set off by a comma (or always, with `combination`); the statement then reaches
 * to the end of the modifier.
 */
export function shareModifier<F extends ModifierField>(
  drafts: readonly Draft[],
  near: Draft,
  modifier: { first: number; next: number },
  field: F,
  value: ParsedDose[F],
  stream: TokenStream,
  combination = false,
): void {
  if (near.dose[field] !== null) return;
  // `…, fluorouracil 400 mg/m2 bolus dag 1 och därefter 2400 mg/m2 som 46-timmarsinfusion, var 14:e dag`: a
  // cycle's schedule set off by a comma after the regimen is that of every dose before it, in sequence too.
  const afterRegimen = combination && stream.isPunct(modifier.first - 1, ',');
  shareField(combination ? combinationOf(drafts, near, stream, afterRegimen) : modifierTargets(drafts, near, modifier.first, stream), field, value);
  extendDraft(near, modifier.next);
}
