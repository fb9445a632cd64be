import type { Nodes, Root } from 'mdast';
import { findCitationGroups } from '../text/citations.js';
import { inlineText } from '../text/inline-text.js';
import type { LineIndex } from '@guideline-as-code/types';

/** The prose of a chapter file: which source characters are text a reader reads. */
export interface ProseCharacters {
  /** File offsets of the prose characters, ascending. */
  offsets: number[];
  /** Citation groups (`[@83; @153]`) in the prose, as file ranges [start, end). */
  citationGroups: { start: number; end: number }[];
}

// Invisible characters are dropped when the text is read (and reported), so they are not prose.
const notProse = /[\s\u200B-\u200D\u2060\uFEFF\u00AD]/u;

/**
 * Finds the prose characters of a chapter: the text of paragraphs, list items, headings and
 * table cells, except the cells of `:::regimen` tables (data, read into regimen nodes) and the
 * labels of directives (the title of a box, the name of a regimen, the condition of a rule).
 * Not prose: white space, Markdown syntax, HTML and comments, front matter, code, link
 * destinations, image descriptions.
 *
 * Walks the tree with an explicit stack, so that 10 000 nested block quotes cannot overflow
 * the call stack.
 */
export function proseCharacters(tree: Root, text: string, lines: LineIndex): ProseCharacters {
  const offsets: number[] = [];
  const citationGroups: { start: number; end: number }[] = [];
  const stack: { node: Nodes; inRegimen: boolean }[] = [{ node: tree, inRegimen: false }];
  while (stack.length > 0) {
    const { node, inRegimen } = stack.pop()!;
    if (isProseBlock(node, inRegimen)) {
      collectLeaves(node, text, offsets);
      const read = inlineText(node, text, lines).text;
      for (const group of findCitationGroups(read)) {
        const span = read.span(group.start, group.end);
        citationGroups.push({ start: span.start.offset, end: span.end.offset });
      }
      continue;
    }
    if (node.type === 'leafDirective' || node.type === 'textDirective' || !('children' in node)) continue;
    const regimen = inRegimen || (node.type === 'containerDirective' && node.name === 'regimen');
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i] as Nodes, inRegimen: regimen });
  }
  offsets.sort((a, b) => a - b);
  return { offsets, citationGroups };
}

function isProseBlock(node: Nodes, inRegimen: boolean): boolean {
  if (node.type === 'heading') return true;
  if (node.type === 'paragraph') return !node.data?.directiveLabel;
  return node.type === 'tableCell' && !inRegimen;
}

/** The visible characters of the text and code leaves under an inline container. */
function collectLeaves(container: Nodes, text: string, offsets: number[]): void {
  const stack: Nodes[] = [container];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text' || node.type === 'inlineCode') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) continue;
      // The backticks around inline code are syntax.
      const fence = node.type === 'inlineCode' ? /^`*/.exec(text.slice(start, end))![0].length : 0;
      for (let offset = start + fence; offset < end - fence; offset++) if (!notProse.test(text[offset]!)) offsets.push(offset);
      continue;
    }
    if (node.type === 'image' || node.type === 'imageReference' || node.type === 'html' || !('children' in node)) continue;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
}
