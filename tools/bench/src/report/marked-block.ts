/** The section `bench:cold-start` writes between these markers; the full `pnpm bench` keeps it. */
export const coldStartBlock = {
  begin: '<!-- cold-start: written by `pnpm --filter @guideline-as-code/bench bench:cold-start` -->',
  end: '<!-- cold-start end -->',
};

/** The text between `begin` and `end` (markers included), or null when `markdown` has none. */
export function markedBlock(markdown: string, block: { begin: string; end: string }): string | null {
  const at = markdown.indexOf(block.begin);
  const after = markdown.indexOf(block.end, at);
  return at === -1 || after === -1 ? null : markdown.slice(at, after + block.end.length);
}

/** `markdown` with its marked block replaced by `section`, or with `section` appended. */
export function replaceMarkedBlock(markdown: string, block: { begin: string; end: string }, section: string): string {
  const old = markedBlock(markdown, block);
  return old === null ? `${markdown.trimEnd()}\n\n${section}\n` : markdown.replace(old, () => section);
}
