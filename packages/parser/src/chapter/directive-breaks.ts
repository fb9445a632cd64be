import type { RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import type { ChapterState } from './state.js';

/** What a box holds when it is whole; whatever else follows an unclosed box was never meant to be in it. */
const expectedContent: Record<string, (child: RootContent, text: string) => boolean> = {
  recommendations: (child) => child.type === 'list' || child.type === 'html',
  // A paragraph of `|` lines is a table with a broken delimiter row, reported as such.
  regimen: (child, text) => child.type === 'table' || child.type === 'html' || (child.type === 'paragraph' && text.startsWith('|', child.position?.start.offset ?? 0)),
};

/** A box split where its closing `:::` is missing: the part it holds, and the blocks after it. */
export interface DirectiveSplit {
  /** The box with only the children written before the break (all of them when it is whole). */
  box: ContainerDirective;
  /** Blocks after the break, to be read as if the box had been closed before them. */
  after: RootContent[];
  /** A box among `after` whose closing `:::` the unclosed box took; it is not reported again. */
  borrowedFence: RootContent | null;
}

/**
 * Finds where a box whose closing `:::` is missing should have ended, reports it at the line
 * that opened the box, and returns what follows for the caller to read at top level. A box is
 * unclosed when its span does not end with its own `:::` line (it runs to the end of the file),
 * or when it holds another box or a heading: boxes never nest, so the first box's `:::` was
 * forgotten and the `:::` that closed it belonged to the inner box. The findings that would only
 * follow from the break (text "in the box", the inner box "unclosed") are not produced.
 */
export function splitUnclosedDirective(node: ContainerDirective, state: ChapterState): DirectiveSplit {
  const children = node.children as RootContent[];
  const ownFence = closedByOwnFence(node, state.text);
  const nested = children.findIndex((child) => child.type === 'containerDirective' || child.type === 'heading');
  if (ownFence && nested === -1) return whole(node);
  // Unclosed: the box ends before the first block it would not hold when whole.
  const expected = expectedContent[node.name];
  const unexpected = expected
    ? children.findIndex((child, index) => index > 0 && !(child.type === 'paragraph' && child.data?.directiveLabel) && !expected(child, state.text))
    : nested;
  const breakAt = unexpected === -1 ? nested : nested === -1 ? unexpected : Math.min(unexpected, nested);
  const lastInside = breakAt === -1 ? children.at(-1) : children[breakAt - 1];
  reportUnclosed(node, lastInside?.position?.end.line ?? null, state);
  if (breakAt === -1) return whole(node);
  const after = children.slice(breakAt);
  const last = after.at(-1);
  return {
    box: { ...node, children: node.children.slice(0, breakAt) },
    after,
    borrowedFence: ownFence && last?.type === 'containerDirective' ? last : null,
  };
}

/** A box read as it is, with nothing after it. */
export function whole(node: ContainerDirective): DirectiveSplit {
  return { box: node, after: [], borrowedFence: null };
}

/** Whether the box's span ends with a `:::` line after its last child (not one of a child's). */
function closedByOwnFence(node: ContainerDirective, text: string): boolean {
  const end = node.position?.end.offset ?? 0;
  const lineStart = Math.max(text.lastIndexOf('\n', end - 1), text.lastIndexOf('\r', end - 1)) + 1;
  if (!/^[ \t]*:{3,}[ \t]*$/.test(text.slice(lineStart, end))) return false;
  const lastChildEnd = node.children.at(-1)?.position?.end.offset ?? 0;
  return lastChildEnd <= lineStart;
}

function reportUnclosed(node: ContainerDirective, lastLine: number | null, state: ChapterState): void {
  const start = node.position?.start.offset ?? 0;
  const newline = state.text.indexOf('\n', start);
  const after = lastLine === null ? { en: '', sv: '' } : { en: ` (after line ${lastLine})`, sv: ` (efter rad ${lastLine})` };
  state.diagnostics.push({
    ruleId: 'unclosed-directive',
    severity: 'error',
    message: {
      en: `This \`:::${node.name}\` block is never closed: add a line with \`:::\` after its last line${after.en}. What follows was read as if it were closed there.`,
      sv: `Blocket \`:::${node.name}\` stängs aldrig: lägg till en rad med \`:::\` efter dess sista rad${after.sv}. Det som följer lästes som om blocket stängts där.`,
    },
    source: state.lines.span(start, newline === -1 ? (node.position?.end.offset ?? start) : newline),
  });
}
