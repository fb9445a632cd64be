import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../markdown.js';
import { limitNesting } from './nesting.js';

/** Depth of the deepest block quote or list in a tree, counted without recursion. */
function depthOf(markdown: string): number {
  let deepest = 0;
  const stack: { node: { type: string; children?: unknown[] }; depth: number }[] = [{ node: parseMarkdown(markdown), depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    const here = node.type === 'blockquote' || node.type === 'list' ? depth + 1 : depth;
    deepest = Math.max(deepest, here);
    for (const child of (node.children ?? []) as { type: string; children?: unknown[] }[]) stack.push({ node: child, depth: here });
  }
  return deepest;
}

describe('limitNesting', () => {
  it.each([
    ['block quotes', `# 13 Å\n\n${'>'.repeat(10_000)} Djupt inne.\n\nEfter.\n`],
    ['list items', `# 13 Å\n\n${'- '.repeat(10_000)}Djupt inne.\n\nEfter.\n`],
    ['quotes and lists', `# 13 Å\n\n${'> 1. '.repeat(5_000)}Djupt inne.\n\nEfter.\n`],
  ])('bounds %s nested 10 000 deep, keeping every offset, so the text parses', (_, markdown) => {
    const { text, deep } = limitNesting(markdown);
    expect(text).toHaveLength(markdown.length);
    expect(deep).toHaveLength(1);
    expect(deep[0]!.depth).toBe(10_000);
    expect(text.slice(0, deep[0]!.offset)).toBe(markdown.slice(0, deep[0]!.offset));
    expect(depthOf(text)).toBeLessThanOrEqual(32);
    expect(text.endsWith('Djupt inne.\n\nEfter.\n')).toBe(true);
  });

  it('leaves a text that nests less deeply as it is, thematic breaks and numbered lists included', () => {
    const markdown = '# 13 Å\n\n> - a\n>   1. b\n\n- - -\n\n2) c\r\n\n- Text - mer text.\n';
    expect(limitNesting(markdown)).toEqual({ text: markdown, deep: [] });
  });
});
