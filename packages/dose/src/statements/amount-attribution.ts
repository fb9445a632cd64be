import type { TokenStream } from '../grammar/token-stream.js';
import type { Element } from '../grammar/scan-elements.js';
import type { NearNames } from '../lexicon/near-names.js';
import { aucReaches } from './assembler-rules.js';
import { wordBlockingInheritance } from './inheritance-blocker.js';
import { listedDrugsBefore } from './listed-drugs.js';
import type { ElementOf, Mention } from './mention.js';
import type { SentenceState } from './sentence-state.js';
import { compoundBefore, unknownDrugBefore, type UnknownDrugWord } from './unknown-drug-before.js';

/** Who an amount belongs to, and why it may belong to nobody. */
export interface Attribution {
  /** A word before the amount that may be a drug the lexicon does not know. */
  unknown: UnknownDrugWord | null;
  /** The sentence's drug, when no unknown word blocks it and an AUC is close enough. */
  reachable: Mention | null;
  /** The drugs listed right before the amount (more than one: ambiguous). */
  listed: Element[];
  /** Token index of a word that blocks inheriting `reachable` (-1: none). */
  blocker: number;
  /** The drug the amount gets, or null. */
  named: Mention | null;
  /** `Vid intolerans mot cisplatin ges 100 mg/m2`: the sentence's drug is the one not given. */
  excluded: boolean;
  /**
   * `Paklitaxel ges efter karboplatin, 175 mg/m2`: the sentence's drug names when another drug,
   * named earlier without a dose, is given; which of the two the amount is is not clear.
   */
  sequencedAfter: Element | null;
}

/** What `attributeAmount` reads besides the amount. */
export interface AttributionContext {
  stream: TokenStream;
  elements: readonly Element[];
  /** Index in `elements` of the element that started the current mention. */
  mentionIndex: number;
  near: NearNames;
  inElement: Uint8Array;
}

/**
 * Decides the drug of an amount, conservatively: the sentence's drug only when no word that may
 * be another drug stands before the amount (an unknown or misspelt name, a compound such as
 * `peg-filgrastim`), when the amount does not follow a list of drugs (`cisplatin eller
 * karboplatin 75 mg/m2`), and, for an inherited drug, when the word in the drug position cannot
 * be a drug (`…, därefter zoxalimin 25 mg/m2`).
 */
export function attributeAmount(
  context: AttributionContext,
  sentence: SentenceState,
  element: ElementOf<'amount'>,
  routeBefore: ElementOf<'route'> | null,
): Attribution {
  const { stream, near } = context;
  const mention = sentence.mention;
  const unknown =
    compoundBefore(sentence.compound, element, mention, stream, near) ??
    unknownDrugBefore(stream, routeBefore?.first ?? element.first, sentence.first, mention, near);
  const isAuc = element.amount.doseKind === 'auc';
  const reachable = unknown === null && mention !== null && (!isAuc || aucReaches(mention, element)) ? mention : null;
  const listed = reachable !== null && !reachable.used ? listedDrugsBefore(context.elements, context.mentionIndex, stream) : [];
  const previous = sentence.lastInSentence;
  const blocker =
    reachable !== null && reachable.used && previous !== null
      ? wordBlockingInheritance(stream, context.inElement, previous.next, routeBefore?.first ?? element.first)
      : -1;
  const excluded = reachable !== null && !reachable.used && isExcluded(stream, reachable, element.first);
  const sequencedAfter =
    reachable !== null && !reachable.used && sentence.lastInSentence === null ? earlierDrugSequenced(stream, sentence.mentions, reachable, element.first) : null;
  const named = listed.length > 1 || blocker !== -1 || excluded || sequencedAfter !== null ? null : reachable;
  return { unknown, reachable, listed, blocker, named, excluded, sequencedAfter };
}

const SEQUENCE = ['efter', 'före', 'innan', 'after', 'before'];

/**
 * `Paklitaxel ges efter karboplatin, 175 mg/m2`: a name after `efter`, `före` or `innan` says when
 * another drug, named earlier in the sentence without a dose, is given. An amount that does not
 * follow the name directly may be either drug's: the earlier name is returned. (`… efter
 * karboplatin AUC 5`, right after the name, is the name's dose.)
 */
function earlierDrugSequenced(stream: TokenStream, mentions: readonly Element[], mention: Mention, amountFirst: number): Element | null {
  if (!stream.isWord(mention.prefixFirst - 1, SEQUENCE) || amountFirst === mention.next) return null;
  return mentions.find((other) => other.kind === 'mention' && other.next <= mention.prefixFirst && other.entry.id !== mention.entry.id) ?? null;
}

/** Nouns after which `mot X` names a drug the patient should not get (`intolerans mot cisplatin`). */
const AGAINST = ['kontraindikation', 'kontraindikationer', 'intolerans', 'allergi', 'överkänslighet', 'resistens', 'intolerance', 'allergy', 'hypersensitivity'];
const INSTEAD = [['istället', 'för'], ['i', 'stället', 'för'], ['instead', 'of']];

/**
 * `Vid intolerans mot cisplatin ges 100 mg/m2`, `I stället för cisplatin ges 100 mg/m2`: the name
 * says what is not given, so an amount after other words is not its dose. (`… mot cisplatin 75
 * mg/m2`, right after the name, still is: a trial's comparator arm is written so.)
 */
function isExcluded(stream: TokenStream, mention: Mention, amountFirst: number): boolean {
  const against = stream.isWord(mention.prefixFirst - 1, ['mot', 'against', 'to']) && stream.isWord(mention.prefixFirst - 2, AGAINST);
  const instead = INSTEAD.some((phrase) => stream.phrase(mention.prefixFirst - phrase.length, [phrase]) === mention.prefixFirst);
  if (!against && !instead) return false;
  for (let index = mention.next; index < amountFirst; index++) if (stream.at(index)?.kind === 'word') return true;
  return false;
}
