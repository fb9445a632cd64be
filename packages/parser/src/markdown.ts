import type { Root } from 'mdast';
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

/**
 * Parses chapter Markdown into mdast with positions. Never throws on any input text: nesting
 * deeper than any guideline needs is bounded first (offsets unchanged; `readChapter` reports it).
 */
export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}
