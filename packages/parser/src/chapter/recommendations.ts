import type { ListItem } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import type { EvidenceGrade, RecommendationNode, StatementNode } from '@guideline-as-code/model';
import type { Diagnostic, Field, Stated } from '@guideline-as-code/types';
import { silent, statedAt } from '../text/stated.js';
import { inlineText } from '../text/inline-text.js';
import { readProse } from './prose.js';
import { readRule, ruleDirectiveNames } from './read-rule.js';
import type { ChapterState } from './state.js';
import { recommendationKeyOf } from '../ids/recommendation-id.js';
import { coverNode, readInlineSuppressions, readItemSuppressions } from './item-suppressions.js';
import { isIgnoreComment, parseSuppression } from './suppressions.js';

// `(+++)`, and GRADE's circles `(⊕⊕⊕)` too, so that a grade in another notation is reported as
// unknown rather than missing.
const gradeMark = /\(\s*([+⊕○◯][\s+⊕○◯]*)\)/g;
const knownGrades = new Set<string>(['+', '++', '+++']);

/**
 * `:::recommendations[Rekommendationer]` holds one list; each item is a recommendation
 * with the evidence grade written in it, e.g. `(+++)`.
 */
export function readRecommendations(box: ContainerDirective, state: ChapterState, readBlock: (node: ContainerDirective['children'][number]) => void): void {
  // A comment line between bullets ends the list; it covers the bullet after it, not the list.
  let pending: NonNullable<ReturnType<typeof parseSuppression>>[] = [];
  for (const child of box.children) {
    if (child.type === 'html' && isIgnoreComment(child.value)) {
      const suppression = parseSuppression(child.value, state.lines.span(child.position?.start.offset ?? 0, child.position?.end.offset ?? 0), state.diagnostics);
      if (suppression) pending.push(suppression);
      continue;
    }
    if (child.type === 'list') {
      const first = child.children[0];
      if (first) for (const suppression of pending) state.suppressions.push(coverNode(suppression, first, state));
      pending = [];
      for (const item of child.children) readRecommendation(item, state);
    } else if (!(child.type === 'paragraph' && child.data?.directiveLabel)) {
      state.diagnostics.push({
        ruleId: 'recommendation-box',
        severity: 'warning',
        message: {
          en: 'A recommendation box should hold only a bulleted list; this block was read as ordinary text.',
          sv: 'En rekommendationsruta ska bara innehålla en punktlista; detta stycke lästes som vanlig text.',
        },
        source: child.position ? state.lines.span(child.position.start.offset ?? 0, child.position.end.offset ?? 0) : null,
      });
      readBlock(child);
    }
  }
  // A comment after the last bullet covers nothing; applySuppressions reports it as unused.
  for (const suppression of pending) state.suppressions.push({ ...suppression, covers: { file: state.file, start: 0, end: 0 } });
}

function readRecommendation(item: ListItem, state: ChapterState): void {
  const section = state.section;
  if (!section) return;
  const { text } = inlineText(item, state.text, state.lines);
  const found = [...text.text.matchAll(gradeMark)].map((match) => ({ mark: match[1]!.replace(/\s/g, ''), at: match.index, length: match[0].length }));
  const marks = found.map(({ mark }) => mark);
  const known = found.find(({ mark }) => knownGrades.has(mark));
  const unknown = found.filter(({ mark }) => !knownGrades.has(mark));
  // The grade is stated by its mark, e.g. `(+++)`, and carries that span.
  const grade: Field<EvidenceGrade> = known ? statedAt(known.mark as EvidenceGrade, text.span(known.at, known.at + known.length), state.text) : silent;
  const count = (state.recommendationCounts.get(section.id) ?? 0) + 1;
  state.recommendationCounts.set(section.id, count);
  const source = state.lines.span(item.position?.start.offset ?? 0, item.position?.end.offset ?? 0);
  const key = recommendationKeyOf(item);
  if (key === null) state.diagnostics.push(missingRecommendationId(source));
  const recommendation = state.builder.add<RecommendationNode>({
    // Without an id the bullet's position keeps the graph whole; the finding above is an error.
    id: `recommendation:${key ?? `${section.number}:${count}`}`,
    type: 'recommendation',
    source,
    text: statedAt('', state.lines.span(item.position?.start.offset ?? 0, item.position?.start.offset ?? 0), state.text),
    grade,
    ...(marks.length > 0 ? { gradeText: marks.map((mark) => `(${mark})`).join(' ') } : {}),
    ...(unknown.length > 0 ? { unknownGrades: unknown.map(({ mark, at, length }) => ({ mark: `(${mark})`, source: text.span(at, at + length) })) } : {}),
    section: section.id,
    ordinal: count,
  });
  state.builder.link('contains', section.id, recommendation.id);
  const statements = readItemSuppressions(item, state).flatMap((child) => {
    if (child.type === 'paragraph') readInlineSuppressions(child, item, state);
    if (child.type === 'leafDirective' && ruleDirectiveNames.has(child.name)) {
      readRule(child, state, recommendation);
      return [];
    }
    return readProse(child, { context: 'recommendation', parentId: recommendation.id, recommendation: recommendation.id }, state);
  });
  recommendation.text = proseText(statements, recommendation.text, state.text);
}

/**
 * The bullet's prose: the clean text of its statements, stated by the span from the first
 * statement to the last as written (citations included, bullet marker and rules left out).
 */
function proseText(statements: readonly StatementNode[], empty: Stated<string>, fileText: string): Stated<string> {
  const first = statements[0];
  const last = statements.at(-1);
  if (!first || !last) return empty;
  const value = statements.map((statement) => statement.text.value).join(' ');
  return statedAt(value, { file: first.source.file, start: first.source.start, end: last.source.end }, fileText);
}

function missingRecommendationId(source: Diagnostic['source']): Diagnostic {
  return {
    ruleId: 'missing-id',
    severity: 'error',
    message: {
      en: 'This recommendation has no id: write its decision rule with one, `::villkor[…]{#short-name}`; the recommendation takes the rule\'s id.',
      sv: 'Rekommendationen saknar id: skriv dess beslutsregel med ett, `::villkor[…]{#kort-namn}`; rekommendationen får regelns id.',
    },
    source,
  };
}
