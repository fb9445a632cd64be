import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified, type PluggableList, type Preset } from 'unified';
import { remarkContainerDirectives, remarkGfmTables } from './syntax.js';
import { limitNesting } from './text/nesting.js';

/**
 * The syntax of a guideline chapter: CommonMark, GFM tables, YAML front matter and
 * container directives. Use it as a remark preset: `.use(remarkGuidelineSyntax)`.
 */
export const remarkGuidelineSyntax: Preset & { plugins: PluggableList } = {
  plugins: [remarkGfmTables, [remarkFrontmatter, ['yaml']], remarkContainerDirectives],
};

const processor = unified().use(remarkParse).use(remarkGuidelineSyntax).freeze();

/**
 * Parses chapter Markdown into mdast with positions. Never throws on any input text: nesting
 * deeper than any guideline needs is bounded first (offsets unchanged; `readChapter` reports it).
 */
export function parseMarkdown(text: string): Root {
  return processor.parse(limitNesting(text).text);
}
