import type { Nodes } from 'mdast';
import { SENTENCES_LOOKED_BACK } from '@guideline-as-code/dose';
import type { SectionNode, StatementNode } from '@guideline-as-code/model';
import { findCitationGroups, maskCitations, type CitationGroup } from '../text/citations.js';
import { citationProblems } from '../text/citation-shapes.js';
import { inlineText } from '../text/inline-text.js';
import type { MappedText } from '../text/mapped-text.js';
import { splitSentences, type SentenceRange } from '../text/sentences.js';
import { statedAt } from '../text/stated.js';
import { readMentions } from './mentions.js';
import { outerHeadings } from './outer-headings.js';
import type { ChapterState } from './state.js';

export interface ProseOwner {
  context: StatementNode['context'];
  /** The node that contains the statements (a section or a recommendation). */
  parentId: string;
  recommendation?: string;
}

/**
 * Reads a paragraph (or heading-less block of inline text) into statements, one per
 * sentence, each with its citations, mentions and cross-references.
 */
export function readProse(node: Nodes, owner: ProseOwner, state: ChapterState): StatementNode[] {
  const section = state.section;
  if (!section) return [];
  const { text, cleaned } = inlineText(node, state.text, state.lines);
  reportCleaning(cleaned, state);
  const groups = findCitationGroups(text);
  const masked = maskCitations(text.text, groups);
  for (const problem of citationProblems(text.text, groups, masked)) {
    state.diagnostics.push({ ruleId: 'malformed-citation', severity: problem.severity, message: problem.message, source: text.span(problem.start, problem.end) });
  }
  const sentences = splitSentences(masked);
  // A block that is nothing but citations still needs a statement for them to stand in.
  if (sentences.length === 0 && groups.length > 0) sentences.push({ start: groups[0]!.start, end: groups.at(-1)!.end });
  const statements = sentences.map((range) => addStatement(range, text, groups, owner, section, state));
  // One by one: a 10 MB line has more sentences than a call may have arguments.
  for (const statement of statements) state.lastStatements.push(statement);
  attachCitations(groups, sentences, statements, text, state);
  // Readers see the sentence with citations blanked out, so a citation is never read as a dose.
  const maskedText = text.withText(masked);
  const around = outerHeadings(state);
  let trial: string | null = null;
  // The sentences just read, nearest first: a dose may take its drug from one of them.
  let earlierSentences: MappedText[] = [];
  sentences.forEach((range, index) => {
    const statement = statements[index]!;
    const sentence = maskedText.slice(range.start, range.end);
    trial = readMentions(statement, sentence, state).at(-1) ?? trial;
    for (const reader of state.vocabulary.readers) {
      reader.read({ id: statement.id, key: keyOf(statement), text: sentence, section, heading: state.heading, outerHeadings: around, earlierSentences, context: owner.context, trial }, state);
    }
    earlierSentences = [sentence, ...earlierSentences.slice(0, SENTENCES_LOOKED_BACK - 1)];
  });
  return statements;
}

function addStatement(
  range: SentenceRange,
  text: MappedText,
  groups: readonly CitationGroup[],
  owner: ProseOwner,
  section: SectionNode,
  state: ChapterState,
): StatementNode {
  // A recommendation's sentences are numbered within it, so a bullet inserted before it
  // leaves their ids (and those of their citations and mentions) as they were.
  const counter = owner.recommendation ?? section.id;
  const count = (state.statementCounts.get(counter) ?? 0) + 1;
  state.statementCounts.set(counter, count);
  const source = text.span(range.start, range.end);
  const statement = state.builder.add<StatementNode>({
    id: owner.recommendation ? `statement:${owner.recommendation.slice(owner.recommendation.indexOf(':') + 1)}/${count}` : `statement:${section.number}:${count}`,
    type: 'statement',
    source,
    // The value leaves citations out; source and text are the sentence exactly as written.
    text: statedAt(withoutCitations(text.text, range, groups), source, state.text),
    section: section.id,
    context: owner.context,
    ...(owner.recommendation ? { recommendation: owner.recommendation } : {}),
  });
  state.builder.link('contains', owner.parentId, statement.id);
  return statement;
}

/** The sentence with its citation groups taken out, and the space before a removed group. */
function withoutCitations(text: string, range: SentenceRange, groups: readonly CitationGroup[]): string {
  let result = '';
  let from = range.start;
  for (const group of groups) {
    if (group.end <= range.start || group.start >= range.end) continue;
    const next = text[group.end] ?? '';
    result += text.slice(from, group.start);
    // Drop the space before the group when punctuation, a space or the end follows it.
    if (next === '' || /[\s.,;:!?)\]]/.test(next) || group.end >= range.end) result = result.trimEnd();
    from = group.end;
  }
  return (result + text.slice(from, range.end)).trim();
}

/** Each citation key becomes a citation node in the sentence it stands in (or the one before). */
function attachCitations(
  groups: readonly CitationGroup[],
  sentences: readonly SentenceRange[],
  statements: readonly StatementNode[],
  text: MappedText,
  state: ChapterState,
): void {
  const perStatement = new Map<string, number>();
  for (const group of groups) {
    let index = sentences.findLastIndex((range) => range.start <= group.start);
    if (index === -1) index = 0;
    const statement = statements[index];
    if (!statement) continue;
    for (const key of group.keys) {
      const n = (perStatement.get(statement.id) ?? 0) + 1;
      perStatement.set(statement.id, n);
      const citation = state.builder.add({
        id: `citation:${keyOf(statement)}/${n}`,
        type: 'citation',
        source: text.span(key.start, key.end),
        key: key.key,
      });
      state.builder.link('contains', statement.id, citation.id);
    }
  }
}

/** The part of a statement id after `statement:`, used to derive ids of what it contains. */
export function keyOf(statement: StatementNode): string {
  return statement.id.slice('statement:'.length);
}

/** Tells the editor what reading the text cleaned: invisible characters dropped (per block), decomposed letters composed (once per file). */
export function reportCleaning(cleaned: { invisible: number[]; decomposed: number[] }, state: ChapterState): void {
  const first = (offsets: number[]) => state.lines.span(offsets[0]!, offsets[0]! + 1);
  if (cleaned.invisible.length > 0) {
    state.diagnostics.push({
      ruleId: 'invisible-character',
      severity: 'warning',
      message: {
        en: `This text contains ${cleaned.invisible.length} invisible character(s) (e.g. a zero-width space); they were ignored when reading names and doses. Remove them.`,
        sv: `Texten innehåller ${cleaned.invisible.length} osynliga tecken (t.ex. mellanslag med nollbredd); de ignorerades när namn och doser lästes. Ta bort dem.`,
      },
      source: first(cleaned.invisible),
    });
  }
  if (cleaned.decomposed.length > 0 && !state.decomposedReported) {
    state.decomposedReported = true;
    state.diagnostics.push({
      ruleId: 'decomposed-character',
      severity: 'info',
      message: {
        en: 'This file writes letters such as å, ä or ö as a letter plus an accent mark (NFD), first here; they were read as the single letter.',
        sv: 'Filen skriver bokstäver som å, ä eller ö som bokstav plus accenttecken (NFD), första gången här; de lästes som en bokstav.',
      },
      source: first(cleaned.decomposed),
    });
  }
}
