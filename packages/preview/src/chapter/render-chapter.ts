import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { directiveHandlers, type DirectiveContext } from './directive-handlers.js';

/** The chapter's mdast as hast, positions kept (remark-rehype copies them onto every node). */
export function chapterToHast(tree: MdastRoot, context: DirectiveContext): HastRoot {
  const processor = unified().use(remarkRehype, { handlers: directiveHandlers(context) });
  return processor.runSync(structuredClone(tree)) as HastRoot;
}
