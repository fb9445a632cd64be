// Type-only: brings remark-stringify's `toMarkdownExtensions` into unified's Data type.
import type {} from 'remark-stringify';
import { directive } from 'micromark-extension-directive';
import { directiveFromMarkdown, directiveToMarkdown } from 'mdast-util-directive';
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
