/**
 * Writes the chapter in the guideline Markdown convention (docs/markdown-convention.md).
 *
 * One block per source block, separated by one blank line, no line wrapping (one paragraph per
 * line keeps diffs per paragraph), and a final newline. The output depends only on the input,
 * so a re-import of the same text is byte-identical.
 */
import { stringify } from 'yaml';
import type { Block, LineNote } from './sections.js';

export interface FrontMatter {
  readonly chapter: number | string;
  readonly title: string;
  readonly 'imported-from': string;
}

/** Heading depth equals the number of components of the section number. */
export function headingLine(number: string, title: string): string {
  return `${'#'.repeat(number.split('.').length)} ${number} ${title}`;
}

export function renderFrontMatter(frontMatter: FrontMatter): string {
  return `---\n${stringify(frontMatter, { lineWidth: 0 })}---`;
}

export function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return headingLine(block.number, block.title);
    case 'recommendations':
      return [`:::recommendations[${block.title}]`, ...block.items.map((item) => `- ${item.text}`), ':::'].join('\n');
    case 'list':
      return block.items.map((item) => `- ${item.text}`).join('\n');
    case 'paragraph':
      return block.text;
  }
}

export function renderChapter(frontMatter: FrontMatter, blocks: readonly Block[]): string {
  return `${[renderFrontMatter(frontMatter), ...blocks.map(renderBlock)].join('\n\n')}\n`;
}

/**
 * Text that Markdown would read as markup instead of prose. We do not escape it silently
 * (that would change the words editors see); we report it so an editor decides.
 */
const HAZARDS: readonly (readonly [RegExp, string])[] = [
  [/^(?:#{1,6}\s|>|[-+*]\s|\d{1,9}[.)]\s|:::|={3,}|-{3,}|`{3,}|~{3,})/u, 'starts like a Markdown block (heading, quote, list, fence or directive)'],
  [/[*_`\\]/u, 'contains *, _, ` or \\, which Markdown may read as emphasis, code or an escape'],
  [/\[(?!@)|(?<!\[@[^\]]*)\]/u, 'contains [ or ] outside a citation group'],
  [/<[A-Za-z/!?]|&[#A-Za-z]/u, 'contains < or & that Markdown may read as HTML'],
];

/** Finds prose that Markdown would misread. `text` is one paragraph or list item. */
export function markdownHazards(text: string, line: number): LineNote[] {
  return HAZARDS.filter(([pattern]) => pattern.test(text)).map(([, message]) => ({ line, message: `text ${message}` }));
}
