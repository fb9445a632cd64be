import type { MentionNode, StatementNode, TrialNode } from '@guideline-as-code/model';
import type { MappedText } from '../text/mapped-text.js';
import type { PhraseMatch } from '../vocabulary/phrase-matcher.js';
import { keyOf } from './prose.js';
import type { ChapterState } from './state.js';

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
  const { drugs, conditions, trials } = state.vocabulary;
  for (const match of drugs.find(text.text)) addMention(statement, 'drug', match, text, state, counter);
  for (const match of conditions.find(text.text)) addMention(statement, 'condition', match, text, state, counter);
  const named = trials.find(text.text);
  for (const match of named) addMention(statement, 'trial', match, text, state, counter);
  const trialIds = named.map((match) => match.target);
  for (const match of text.text.matchAll(nctPattern)) {
    const trial = trialForNct(match[0], match.index, named, text, state);
    const found = { start: match.index, end: match.index + match[0].length, text: match[0], target: trial?.id ?? '' };
    addMention(statement, 'trial', found, text, state, counter);
    if (trial) trialIds.push(trial.id);
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
): void {
  const mention = state.builder.add<MentionNode>({
    id: `mention:${keyOf(statement)}/${++counter.n}`,
    type: 'mention',
    source: text.span(match.start, match.end),
    kind,
    text: match.text,
  });
  state.builder.link('contains', statement.id, mention.id);
  if (match.target === '') return;
  state.builder.link('refersTo', mention.id, match.target);
  state.builder.link('mentions', statement.id, match.target);
}

/**
 * The trial an NCT id belongs to: the trial named just before it in the same sentence, or
 * else a trial node of its own, named by the id. The text is the only source of NCT ids.
 */
function trialForNct(nct: string, at: number, named: readonly PhraseMatch<string>[], text: MappedText, state: ChapterState): TrialNode | null {
  if (!/^NCT\d{8}$/.test(nct)) return null;
  const known = state.trialsByNct.get(nct);
  if (known) return known;
  const before = named.filter((match) => match.end <= at && at - match.end <= nctReach).at(-1);
  const trial = before ? state.builder.get(before.target) : undefined;
  if (trial?.type === 'trial' && trial.nct === null) {
    trial.nct = nct;
    state.trialsByNct.set(nct, trial);
    return trial;
  }
  if (trial?.type === 'trial') {
    state.diagnostics.push({
      ruleId: 'trial-registry-conflict',
      severity: 'error',
      message: {
        en: `Trial \`${trial.name}\` is given two registry ids: \`${trial.nct}\` and \`${nct}\`.`,
        sv: `Studien \`${trial.name}\` har fått två registreringsnummer: \`${trial.nct}\` och \`${nct}\`.`,
      },
      source: text.span(at, at + nct.length),
    });
  }
  const own = state.builder.add<TrialNode>({
    id: `trial:${nct.toLowerCase()}`,
    type: 'trial',
    source: text.span(at, at + nct.length),
    name: nct,
    aliases: [],
    nct,
  });
  state.builder.link('contains', state.guidelineId, own.id);
  state.trialsByNct.set(nct, own);
  return own;
}
