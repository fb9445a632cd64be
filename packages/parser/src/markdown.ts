import type { Root } from 'mdast';
import type { Node, Parent, Point } from 'unist';
import { blockChunks, type Chunk } from './text/block-chunks.js';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified, type PluggableList, type Preset } from 'unified';
import { remarkContainerDirectives, remarkGfmTables, remarkNestingLimit } from './syntax.js';

/**
 * The syntax of a guideline chapter: CommonMark, GFM tables, YAML front matter and
 * container directives, with nesting bounded. Use it as a remark preset after remark-parse:
 * `remark().use(remarkGuidelineSyntax)`; a tree parsed so can be handed to the parser as a
 * chapter's `tree` instead of being parsed again.
 */
export const remarkGuidelineSyntax: Preset & { plugins: PluggableList } = {
  plugins: [remarkGfmTables, [remarkFrontmatter, ['yaml']], remarkContainerDirectives, remarkNestingLimit],
};

const processor = unified().use(remarkParse).use(remarkGuidelineSyntax).freeze();
const withoutTables = unified()
  .use(remarkParse)
  .use({ plugins: remarkGuidelineSyntax.plugins.filter((plugin) => plugin !== remarkGfmTables) })
  .freeze();

/**
 * A line that can be a table's delimiter row (`| --- | :-: |`, also `:-` alone), perhaps
 * indented or quoted. Without one no table can start, and the table extension is left out:
 * it tokenizes every paragraph line as a possible header row, which for a single 10 MB line
 * took about a gigabyte of memory (BENCHMARKS.md).
 */
function mayHoldTable(text: string): boolean {
  // One character class and no backtracking: linear even on a 10 MB line of dashes.
  return text.split(/\r\n?|\n/).some((line) => line.includes('-') && /^[-|: \t>]*$/.test(line));
}

/**
 * Parses chapter Markdown into mdast with positions. Never throws on any input text: nesting
 * deeper than any guideline needs is bounded first (offsets unchanged; `readChapter` reports it).
 */
export function parseMarkdown(text: string): Root {
  const chunks = blockChunks(text);
  if (chunks.length === 1) return parseWhole(text);
  const children: Root['children'] = [];
  let end: Point | undefined;
  for (const chunk of chunks) {
    const tree = parseWhole(chunk.text);
    shiftPositions(tree, chunk);
    children.push(...tree.children);
    end = tree.position?.end;
  }
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: end ?? { line: 1, column: 1, offset: 0 } } };
}

function parseWhole(text: string): Root {
  return (mayHoldTable(text) ? processor : withoutTables).parse(text);
}

/** Moves the positions of a chunk's tree to those of the whole document (chunks start at a line's start). */
function shiftPositions(tree: Root, chunk: Chunk): void {
  const stack: Node[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (const point of [node.position?.start, node.position?.end]) {
      if (!point) continue;
      point.line += chunk.lineDelta;
      if (point.offset !== undefined) point.offset += chunk.offset;
    }
    const children = (node as Parent).children as Node[] | undefined;
    if (children) for (const child of children) stack.push(child);
  }
}
