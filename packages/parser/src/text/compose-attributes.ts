import type { Root } from 'mdast';

type Attributes = Record<string, string | null | undefined>;

/**
 * Composes (Unicode NFC) the attribute names and values of every directive in the tree:
 * `{#id regim=… mening="…"}` are compared with ids and with prose, and prose is read
 * composed, so an attribute saved decomposed (NFD, as some macOS editors write) must be too.
 * Attributes carry no positions, so nothing else moves. Changes the tree in place.
 */
export function composeDirectiveAttributes(tree: Root): void {
  // An explicit stack: nesting is bounded before parsing, but a walk need not rely on it.
  const stack: unknown[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop() as { attributes?: Attributes | null; children?: unknown[] };
    if (node.attributes) node.attributes = composed(node.attributes);
    if (node.children) for (const child of node.children) stack.push(child);
  }
}

// fromEntries defines own properties, so a hostile `__proto__` attribute stays a plain key.
function composed(attributes: Attributes): Attributes {
  return Object.fromEntries(
    Object.entries(attributes).map(([name, value]) => [name.normalize('NFC'), typeof value === 'string' ? value.normalize('NFC') : value]),
  );
}
