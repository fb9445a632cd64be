import type { Root } from 'mdast';

/** The reason a new `guideline-ignore` comment is given, for the editor to replace. */
export const placeholderReason = { sv: 'ANGE SKÄL', en: 'GIVE A REASON' } as const;

/** Characters a quote cannot hold: the comment syntax ends the quote at `"`/`”`, and a comment is one HTML block. */
const quoteStop = /["”\r\n]|-->/;

/**
 * The `guideline-ignore` comment that acknowledges one finding, and where it goes: on its own
 * line directly before the top-level block that holds the finding (a paragraph, a list, a
 * table or a `:::` box), which is the block the parser lets such a comment cover
 * (docs/markdown-convention.md, parser `chapter/suppressions.ts`). The comment quotes the
 * finding's text, so that the acknowledgement lapses when that text is edited; the quote is
 * left out when the text cannot be quoted exactly (it holds a quotation mark or a line break
 * before any usable text) or when the same words stand earlier in the block, where the quote
 * would cover them instead. Null when the finding is not in a block that a comment can precede.
 */
export function ignoreComment(text: string, tree: Root, ruleId: string, start: number, end: number, reason: string): { offset: number; newText: string } | null {
  const block = tree.children.find((node) => (node.position?.start.offset ?? Infinity) <= start && start < (node.position?.end.offset ?? -Infinity));
  if (!block || block.type === 'yaml' || block.type === 'html' || !block.position) return null;
  const blockStart = block.position.start.offset ?? 0;
  const blockEnd = block.position.end.offset ?? blockStart;
  const quote = quotable(text.slice(start, end));
  const quoted = quote !== '' && text.slice(blockStart, blockEnd).indexOf(quote) === start - blockStart;
  const lineStart = Math.max(text.lastIndexOf('\n', blockStart - 1), text.lastIndexOf('\r', blockStart - 1)) + 1;
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  return {
    offset: lineStart,
    newText: `<!-- guideline-ignore ${ruleId}${quoted ? ` "${quote}"` : ''}: ${reason} -->${newline}`,
  };
}

function quotable(span: string): string {
  const stop = quoteStop.exec(span);
  return (stop ? span.slice(0, stop.index) : span).trimEnd();
}
