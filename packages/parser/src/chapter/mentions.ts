import type { MentionNode, StatementNode } from '@guideline-as-code/model';
import type { MappedText } from '../text/mapped-text.js';
import type { PhraseMatch } from '../vocabulary/phrase-matcher.js';
import { keyOf } from './prose.js';
import type { ChapterState } from './state.js';
import { statedAt } from '../text/stated.js';

// Anything written like a ClinicalTrials.gov id; `invalid-nct-id` checks the digits.
const nctPattern = /\bNCT\d+\b/g;
// "avsnitt 13.3.2.1", "se avsnitt 13.4": a section number with at least two parts.
const crossReferencePattern = /\bavsnitt(?:en)?\s+(\d+(?:\.\d+)+)/giu;
// How far before an NCT id its trial's name may stand, e.g. "ENGOT-EN1/FANDANGO (NCT02730416)".
const nctReach = 80;

/**
 * Reads drug, condition and trial mentions and section cross-references of one statement.
 * Returns the trials it names, in order.
 */
export function readMentions(statement: StatementNode, text: MappedText, state: ChapterState): string[] {
  const counter = { n: 0 };
  const named: PhraseMatch<string>[] = [];
  for (const match of state.vocabulary.mentions.find(text.text)) {
    const found = { ...match, target: match.target.id };
    addMention(statement, match.target.kind, found, text, state, counter);
    if (match.target.kind === 'trial') named.push(found);
  }
  const trialIds = named.map((match) => match.target);
  for (const match of text.text.matchAll(nctPattern)) {
    const nct = match[0];
    const found = { start: match.index, end: match.index + nct.length, text: nct, target: '' };
    const mention = addMention(statement, 'trial', found, text, state, counter);
    if (!/^NCT\d{8}$/.test(nct)) continue;
    const namedTrial = trialForNct(match.index, named);
    state.nctMentions.push({ mention: mention.id, statement: statement.id, nct: statedAt(nct, mention.source, state.text), namedTrial });
    trialIds.push(namedTrial ?? nctTrialId(nct));
  }
  let xref = 0;
  for (const match of text.text.matchAll(crossReferencePattern)) {
    const node = state.builder.add({
      id: `crossReference:${keyOf(statement)}/${++xref}`,
      type: 'crossReference',
      source: text.span(match.index, match.index + match[0].length),
      text: match[0],
      targetNumber: match[1]!,
    });
    state.builder.link('contains', statement.id, node.id);
  }
  return trialIds;
}

function addMention(
  statement: StatementNode,
  kind: MentionNode['kind'],
  match: PhraseMatch<string>,
  text: MappedText,
  state: ChapterState,
  counter: { n: number },
): MentionNode {
  const mention = state.builder.add<MentionNode>({
    id: `mention:${keyOf(statement)}/${++counter.n}`,
    type: 'mention',
    source: text.span(match.start, match.end),
    kind,
    text: match.text,
  });
  state.builder.link('contains', statement.id, mention.id);
  if (match.target !== '') {
    state.builder.link('refersTo', mention.id, match.target);
    state.builder.link('mentions', statement.id, match.target);
  }
  return mention;
}

/** The id of the trial node made for an NCT id that no named trial claims. */
export function nctTrialId(nct: string): string {
  return `trial:${nct.toLowerCase()}`;
}

/**
 * The trial an NCT id belongs to, as far as this chapter can tell: the trial named just
 * before it in the same sentence, else a trial of its own, named by the id. The claim is
 * recorded and settled for the whole guideline when chapters are merged (see
 * `resolve-nct-mentions.ts`): the text is the only source of NCT ids.
 */
function trialForNct(at: number, named: readonly PhraseMatch<string>[]): string | null {
  const before = named.filter((match) => match.end <= at && at - match.end <= nctReach).at(-1);
  return before?.target ?? null;
}
