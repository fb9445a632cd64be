import type { Element } from '../grammar/scan-elements.js';
import type { TokenStream } from '../grammar/token-stream.js';

/** Words that list drugs side by side without saying which one a following amount belongs to. */
const LIST_WORDS = ['och', 'eller', 'and', 'or', '/', ','];
/** A list longer than this is not searched further (keeps the pass linear). */
const LONGEST_LIST = 6;

/**
 * The drug mentions listed right before and including `elements[last]`, joined only by `och`,
 * `eller`, `/` or commas (`cisplatin eller karboplatin`), or one in brackets right after another
 * drug's name (`Dexametason (Betapred)`: a brand of betamethasone), in reading order. One mention when the
 * drug stands alone; an amount after a list of several may belong to any of them.
 */
export function listedDrugsBefore(elements: readonly Element[], last: number, stream: TokenStream): Element[] {
  const listed: Element[] = [];
  let index = last;
  let current = elements[index];
  while (current?.kind === 'mention' && current.entry.kind === 'drug' && listed.length < LONGEST_LIST) {
    listed.unshift(current);
    const previous = elements[index - 1];
    let end: number;
    if (previous?.kind === 'joiner' && previous.next === current.first && previous.next - previous.first === 1) {
      if (!LIST_WORDS.includes(stream.at(previous.first)?.lower ?? '')) break;
      end = previous.first;
      index -= 2;
    } else if (stream.isPunct(current.first - 1, ',')) {
      end = current.first - 1;
      index -= 1;
    } else if (inBracketsAfterAnotherDrug(elements, index, stream)) {
      // `Dexametason (Betapred) 4 mg`: the bracket names another drug than the name before it.
      end = current.first - 1;
      index -= 1;
    } else {
      break;
    }
    current = elements[index];
    if (current?.next !== end) break;
  }
  return listed;
}

/** Two listed names, the second in brackets right after the first (`Dexametason (Betapred)`). */
export function isBracketedAfter(listed: readonly Element[], stream: TokenStream): boolean {
  const [first, second] = listed;
  return first !== undefined && second !== undefined && first.next === second.first - 1 && stream.isPunct(first.next, '(');
}

/** `elements[index]` is a drug's name in brackets right after the name of a different drug. */
function inBracketsAfterAnotherDrug(elements: readonly Element[], index: number, stream: TokenStream): boolean {
  const current = elements[index];
  const previous = elements[index - 1];
  if (current?.kind !== 'mention' || previous?.kind !== 'mention' || previous.entry.kind !== 'drug') return false;
  return previous.entry !== current.entry && previous.next === current.first - 1 && stream.isPunct(current.first - 1, '(') && stream.isPunct(current.next, ')');
}
