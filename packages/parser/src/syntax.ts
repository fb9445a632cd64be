// Type-only: brings remark-stringify's `toMarkdownExtensions` into unified's Data type.
import type {} from 'remark-stringify';
import { directive } from 'micromark-extension-directive';
import { directiveFromMarkdown, directiveToMarkdown } from 'mdast-util-directive';
import { gfmTableFromMarkdown, gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { Processor } from 'unified';
import { countParse } from './parse-counts.js';
import { limitNesting } from './text/nesting.js';

/**
 * remark plugin for the container directives of our convention (`:::recommendations`).
 * Like remark-directive, but without text directives: Swedish ordinals such as
 * `var 3:e vecka` would otherwise become a directive named `e`.
 */
export function remarkContainerDirectives(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push({ flow: directive().flow ?? {} });
  (data.fromMarkdownExtensions ??= []).push(directiveFromMarkdown());
  (data.toMarkdownExtensions ??= []).push(directiveToMarkdown());
}

/**
 * remark plugin for GFM tables only. The convention uses tables (regimens) and none of GFM's
 * other syntax; autolink literals, footnotes, strikethrough and task lists together cost
 * about as much parsing time as everything else a check does.
 */
export function remarkGfmTables(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
  (data.toMarkdownExtensions ??= []).push(gfmTableToMarkdown());
}

/**
 * remark plugin that bounds how deep lists and block quotes nest before remark-parse sees the
 * text (see `limitNesting`): offsets are unchanged, so the tree's positions are those of the
 * text, and a chapter's reader reports the lines it flattened. Wraps the parser, so it must
 * come after remark-parse (as in `remark().use(remarkGuidelineSyntax)`).
 */
export function remarkNestingLimit(this: Processor): void {
  const parse = this.parser;
  if (!parse) throw new Error('remarkNestingLimit wraps the Markdown parser: use remark-parse before it');
  this.parser = (document, file) => {
    countParse('markdown');
    return parse(limitNesting(document).text, file);
  };
}
