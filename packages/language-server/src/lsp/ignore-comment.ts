import type { List, ListItem, Nodes, Root, RootContent } from 'mdast';

/** The reason a new `guideline-ignore` comment is given, for the editor to replace. */
export const placeholderReason = { sv: 'ANGE SKÄL', en: 'GIVE A REASON' } as const;

/** Characters a quote cannot hold: the comment syntax ends the quote at `"`/`”`, and a comment is one HTML block. */
const quoteStop = /["”\r\n]|-->/;

/**
 * The `guideline-ignore` comment that acknowledges one finding, and where it goes, as the
 * parser lets such a comment cover it (docs/markdown-convention.md, parser
 * `chapter/suppressions.ts` and `chapter/item-suppressions.ts`): for a finding in a bullet of a
 * list or a recommendation box, on its own line indented under that bullet, after its text or
 * its `::villkor` line, so that it covers that bullet only (guideline-src/README.md, "Godta ett
 * fynd på en enda punkt"); otherwise on its own line directly before the top-level block that
 * holds the finding (a paragraph, a table, a `:::` box). The comment quotes the finding's text,
 * so that the acknowledgement lapses when that text is edited; the quote is left out when the
 * text cannot be quoted exactly (it holds a quotation mark or a line break before any usable
 * text) or when the same words stand earlier in what the comment covers, where the quote would
 * cover them instead. Null when the finding is not in a block that a comment can cover.
 */
export function ignoreComment(text: string, tree: Root, ruleId: string, start: number, end: number, reason: string): { offset: number; newText: string } | null {
  const block = tree.children.find((node) => holds(node, start));
  if (!block || block.type === 'yaml' || block.type === 'html' || !block.position) return null;
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const comment = (covered: Nodes) => {
    const from = covered.position?.start.offset ?? 0;
    const quote = quotable(text.slice(start, end));
    const quoted = quote !== '' && text.slice(from, covered.position?.end.offset ?? from).indexOf(quote) === start - from;
    return `<!-- guideline-ignore ${ruleId}${quoted ? ` "${quote}"` : ''}: ${reason} -->`;
  };
  const bullet = bulletHolding(block, start);
  const indent = bullet && bulletIndent(text, bullet);
  if (bullet && indent !== null) return { offset: bullet.position?.end.offset ?? 0, newText: `${newline}${indent}${comment(bullet)}` };
  const blockStart = block.position.start.offset ?? 0;
  const lineStart = Math.max(text.lastIndexOf('\n', blockStart - 1), text.lastIndexOf('\r', blockStart - 1)) + 1;
  return { offset: lineStart, newText: `${comment(block)}${newline}` };
}

function holds(node: Nodes, offset: number): boolean {
  return (node.position?.start.offset ?? Infinity) <= offset && offset < (node.position?.end.offset ?? -Infinity);
}

/** The bullet of the outermost list in `block` (the block itself, or a box's list) that holds `offset`. */
function bulletHolding(block: RootContent, offset: number): ListItem | null {
  // A box (`:::recommendations`) holds its list as a child.
  const lists = block.type === 'list' ? [block] : 'children' in block ? (block.children as Nodes[]).filter((child): child is List => child.type === 'list') : [];
  for (const list of lists) for (const item of list.children) if (holds(item, offset)) return item;
  return null;
}

/** Spaces as wide as the bullet's marker (`- `, `1. `), for a line under it; null when the bullet does not start its line plainly. */
function bulletIndent(text: string, bullet: ListItem): string | null {
  const content = bullet.children[0]?.position?.start.offset;
  const itemStart = bullet.position?.start.offset ?? 0;
  if (content === undefined) return null;
  const lineStart = Math.max(text.lastIndexOf('\n', itemStart - 1), text.lastIndexOf('\r', itemStart - 1)) + 1;
  const prefix = text.slice(lineStart, content);
  return /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+$/.test(prefix) ? ' '.repeat(prefix.length) : null;
}

function quotable(span: string): string {
  const stop = quoteStop.exec(span);
  return (stop ? span.slice(0, stop.index) : span).trimEnd();
}
