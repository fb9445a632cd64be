import type { Html, ListItem, Nodes, Paragraph } from 'mdast';
import type { ChapterState } from './state.js';
import { coverBlock, isIgnoreComment, parseSuppression, type SuppressionComment } from './suppressions.js';

/**
 * Acknowledgements that cover one list item, a recommendation bullet above all: a comment on
 * its own line indented under the bullet (after its text or its `::villkor` line),
 *
 * ```markdown
 * - Palliativ strålbehandling är i många fall effektiv.
 *   ::villkor[alltid]{#palliativ-stralbehandling}
 *   <!-- guideline-ignore missing-evidence-grade: skäl -->
 * ```
 *
 * covers that bullet only: not the box, not the bullets around it, not bullets added later.
 * Returns the item's children that are not such comments, for the caller to read.
 */
export function readItemSuppressions(item: ListItem, state: ChapterState): ListItem['children'] {
  const rest: ListItem['children'] = [];
  for (const child of item.children) {
    if (child.type !== 'html' || !isIgnoreComment(child.value)) {
      rest.push(child);
      continue;
    }
    // Not understood, it is reported by parseSuppression and covers nothing.
    const suppression = parseSuppression(child.value, spanOf(child, state), state.diagnostics);
    if (suppression) state.suppressions.push(coverNode(suppression, item, state));
  }
  return rest;
}

/** A comment written inside a paragraph (`text <!-- guideline-ignore … --> text`) covers `covered`: the paragraph, or the bullet it stands in. */
export function readInlineSuppressions(paragraph: Paragraph, covered: Nodes, state: ChapterState): void {
  for (const child of paragraph.children) {
    if (child.type !== 'html') continue;
    const suppression = parseSuppression((child as Html).value, spanOf(child, state), state.diagnostics);
    if (suppression) state.suppressions.push(coverNode(suppression, covered, state));
  }
}

/** The range a comment covers: the whole node, or only its quoted text in the node. */
export function coverNode(suppression: NonNullable<ReturnType<typeof parseSuppression>>, node: Nodes, state: ChapterState): SuppressionComment {
  return coverBlock(suppression, state.file, state.text, node.position?.start.offset ?? 0, node.position?.end.offset ?? 0, state.diagnostics);
}

function spanOf(node: Nodes, state: ChapterState) {
  return state.lines.span(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
}
