import type { DoseDiagnostic } from '../dose-types.js';
import { formatAmountText } from '../format/format-amount.js';
import type { TokenStream } from '../grammar/token-stream.js';
import { readCourseLength } from '../grammar/read-duration.js';
import type { Draft } from './draft.js';

/** Verbs that change a dose, before `till` and the new amount (`kan ökas till 600 mg`). */
const CHANGED = [
  'upptitreras', 'ökas', 'ökar', 'ökat', 'ökad', 'höjas', 'höjs', 'höjt', 'reduceras', 'reducera', 'reducerat', 'reducerad', 'sänkas', 'sänks', 'sänkt',
  'minskas', 'minskar', 'minskat', 'justeras', 'trappas', 'titreras',
  'increased', 'reduced', 'decreased', 'escalated', 'titrated',
];
/** At most this many words of a length of time between the verb and `till` (`under 5 veckor`). */
const MOST_BETWEEN_WORDS = 4;
/** Words between the verb and `till` (`trappas upp till`, `reduceras successivt till`). */
const BETWEEN = new Set(['upp', 'ned', 'ner', 'successivt', 'gradvis', 'stegvis', 'sedan', 'därefter', 'up', 'down', 'gradually']);

/**
 * `Imatinib 400 mg dagligen, kan ökas till 600 mg`, `reduceras till 75 mg/m2`: an amount the dose
 * is changed to. It is published as a dose of its own, but no field says when it applies (if
 * tolerated, after toxicity), so it is reported; without the finding it read as a second regular
 * dose of the drug.
 */
export function adjustedDoseFindings(stream: TokenStream, drafts: readonly Draft[]): DoseDiagnostic[] {
  const found: DoseDiagnostic[] = [];
  for (const draft of drafts) {
    const verb = changeBefore(stream, draft.amountFirst);
    if (verb === -1) continue;
    const words = stream.textOf(verb, draft.amountFirst);
    const amount = formatAmountText(draft.dose);
    found.push({
      ruleId: 'dose-partial-reading',
      message: {
        en: `\`${amount}\` is a changed dose (\`${words}\`); no dose field says when it applies, so it is published as a dose of its own`,
        sv: `\`${amount}\` är en ändrad dos (\`${words}\`); inget dosfält säger när den gäller, så den publiceras som en egen dos`,
      },
      start: stream.startOf(verb),
      end: stream.endOf(draft.amountNext - 1),
    });
  }
  return found;
}

/** The index of the verb of `ökas till` right before the amount at `amount`, or -1. */
function changeBefore(stream: TokenStream, amount: number): number {
  if (!stream.isWord(amount - 1, ['till', 'to'])) return -1;
  let verb = amount - 2;
  // `trappas upp till`, `kan ökas stegvis upp till`: up to two such words.
  for (let words = 0; words < 2 && BETWEEN.has(stream.at(verb)?.lower ?? ''); words++) verb--;
  // `sänks oxaliplatindosen till 65 mg/m2`, `reduceras dosen till`: the dose named between the verb and `till`.
  if (/(?:dos|dosen|doserna)$/.test(stream.at(verb)?.lower ?? '') && stream.isWord(verb - 1, CHANGED)) verb--;
  if (stream.isWord(verb, CHANGED)) return verb;
  // `Venetoklax upptitreras under 5 veckor till 400 mg`: how long the change takes, between the verb and `till`.
  for (let index = amount - 2; index >= Math.max(0, amount - 1 - MOST_BETWEEN_WORDS); index--) {
    if (stream.isWord(index, CHANGED)) return readCourseLength(stream, index + 1)?.next === amount - 1 ? index : -1;
  }
  return -1;
}
