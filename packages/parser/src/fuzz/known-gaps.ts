import type { Nodes, Root } from 'mdast';
import type { CoverageSpan } from '../coverage/prose-coverage.js';

/**
 * Prose that the parser drops today without a finding, in code that other work owns. Each
 * gap is reported with a failing input (see the coverage test, which pins them); the fuzz
 * test accepts only these, so any new way of losing text still fails it. Remove a gap here
 * when its fix lands.
 */
export const knownGaps = {
  'regimen-block-prose': 'A paragraph inside a `:::regimen` block (not its table) is not read and not reported (regimens/read-regimen.ts).',
  'citation-only-paragraph': 'A paragraph, bullet or cell of only a citation group, e.g. `[@83]`, has no sentence, so its citations are dropped (chapter/prose.ts, attachCitations).',
} as const;

export type KnownGap = keyof typeof knownGaps;

/** The known gap an uncovered span of prose falls into, or null when it is a new one. */
export function knownGap(span: CoverageSpan, tree: Root): KnownGap | null {
  const at = span.source.start.offset;
  const path = pathTo(tree, at);
  const regimen = path.find((node) => node.type === 'containerDirective' && node.name === 'regimen');
  if (regimen && !path.some((node) => node.type === 'table')) return 'regimen-block-prose';
  const block = path.findLast((node) => node.type === 'paragraph' || node.type === 'tableCell' || node.type === 'heading');
  if (block && onlyCitations(block)) return 'citation-only-paragraph';
  return null;
}

/** The nodes from the root down to the innermost one whose source holds the offset. */
function pathTo(tree: Root, offset: number): Nodes[] {
  const path: Nodes[] = [tree];
  let node: Nodes = tree;
  for (;;) {
    if (!('children' in node)) return path;
    const child: Nodes | undefined = (node.children as Nodes[]).find((candidate) => (candidate.position?.start.offset ?? Infinity) <= offset && offset < (candidate.position?.end.offset ?? -Infinity));
    if (!child) return path;
    path.push(child);
    node = child;
  }
}

/** A block with nothing but white space left when its citation groups are taken out: no sentence to hold them. */
function onlyCitations(block: Nodes): boolean {
  const text = collectText(block);
  return /\[\s*@/.test(text) && !/[^\s\u200B-\u200D\u2060\uFEFF\u00AD]/u.test(text.replace(/\[\s*@[^\]\n]{0,2000}\]/g, ''));
}

function collectText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (!('children' in node)) return '';
  return (node.children as Nodes[]).map(collectText).join('');
}
