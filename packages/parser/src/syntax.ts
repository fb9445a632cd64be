// Type-only: brings remark-stringify's `toMarkdownExtensions` into unified's Data type.
import type {} from 'remark-stringify';
import { directive } from 'micromark-extension-directive';
import { directiveFromMarkdown, directiveToMarkdown } from 'mdast-util-directive';
import { gfmTableFromMarkdown, gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { Processor } from 'unified';

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
