import type { Root, RootContent } from 'mdast';
import { parseMarkdown } from '@guideline-as-code/parser';

type Position = NonNullable<Root['position']>;
type Point = Position['start'];

/** A document's text with the tree parsed from it. */
export interface ParsedText {
  text: string;
  tree: Root;
}

/**
 * The tree of `text`, parsing again only the top-level blocks that an edit since `previous`
 * touched, so that typing in one paragraph of a long chapter does not parse the whole chapter.
 * The result is the tree `parseMarkdown(text)` gives; where that is not certain, the whole
 * text is parsed.
 *
 * Why a part can be parsed alone: Markdown's block structure at a line depends only on the
 * lines before it and on the line itself. The part starts at the start of an unchanged
 * top-level block that ends before the edit (so the parser is at the top level there, nothing
 * open, in the old parse and in the new one), and it ends with the first unchanged block after
 * the edit, which must come out of the part's parse as the same block at the same place as
 * before (so the parser is back at the top level there, and what follows parses as before).
 * Documents with link reference definitions are always parsed whole: a definition changes
 * links anywhere in the document.
 */
export function reparse(previous: ParsedText | undefined, text: string): Root {
  if (!previous) return parseMarkdown(text);
  if (previous.text === text) return previous.tree;
  return reparseChanged(previous, text) ?? parseMarkdown(text);
}

function reparseChanged(previous: ParsedText, text: string): Root | null {
  const old = previous.text;
  const blocks = previous.tree.children;
  if (blocks.some((block) => block.type === 'definition' || block.type === 'footnoteDefinition')) return null;
  let prefix = 0;
  const shorter = Math.min(old.length, text.length);
  while (prefix < shorter && old.charCodeAt(prefix) === text.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && old.charCodeAt(old.length - 1 - suffix) === text.charCodeAt(text.length - 1 - suffix)) suffix++;
  const oldChangeEnd = old.length - suffix;
  const delta = text.length - old.length;

  // The part: from the last block that ends before the change, to the first block that starts after it.
  const touched = blocks.findIndex((block) => end(block) >= prefix);
  const first = touched === -1 ? blocks.length - 1 : touched - 1;
  if (first < 0) return null;
  const after = blocks.findIndex((block) => start(block) > oldChangeEnd);
  const resync = after === -1 ? null : after;
  const partStart = lineStart(old, start(blocks[first]!));
  const oldPartEnd = resync === null ? old.length : end(blocks[resync]!);
  const newPartEnd = oldPartEnd + delta;
  if (partStart > prefix || newPartEnd < text.length - suffix) return null;

  const partText = text.slice(partStart, newPartEnd);
  if (partText.includes(']:')) return null;
  const part = parseMarkdown(partText);
  const startLine = blocks[first]!.position!.start.line;
  const moved = part.children.map((node) => shift(node, partStart, startLine - 1));
  if (resync !== null) {
    const last = moved.at(-1);
    const expected = blocks[resync]!;
    if (!last || last.type !== expected.type || start(last) !== start(expected) + delta || end(last) !== end(expected) + delta) return null;
  }
  const lineDelta = lineBreaks(text, partStart, newPartEnd) - lineBreaks(old, partStart, oldPartEnd);
  const following = resync === null ? [] : blocks.slice(resync + 1).map((node) => shift(node, delta, lineDelta));
  const children = [...blocks.slice(0, first), ...moved, ...following];
  const rootEnd = resync === null ? movedPoint(part.position!.end, partStart, startLine - 1) : movedPoint(previous.tree.position!.end, delta, lineDelta);
  return { ...previous.tree, children, position: { start: previous.tree.position!.start, end: rootEnd } };
}

/**
 * A copy of `node` and its descendants with positions moved: offsets by `offsetDelta`, lines
 * by `lineDelta`. Copies, because the previous tree may still be held (by the parser's cache).
 */
function shift<T extends RootContent>(node: T, offsetDelta: number, lineDelta: number): T {
  const copy = { ...node } as T & { children?: RootContent[] };
  if (node.position) copy.position = movedPosition(node.position, offsetDelta, lineDelta);
  if ('children' in node && Array.isArray(node.children)) copy.children = (node.children as RootContent[]).map((child) => shift(child, offsetDelta, lineDelta));
  return copy;
}

function movedPosition(position: Position, offsetDelta: number, lineDelta: number): Position {
  return { start: movedPoint(position.start, offsetDelta, lineDelta), end: movedPoint(position.end, offsetDelta, lineDelta) };
}

function movedPoint(point: Point, offsetDelta: number, lineDelta: number): Point {
  return { line: point.line + lineDelta, column: point.column, offset: (point.offset ?? 0) + offsetDelta };
}

function start(node: RootContent): number {
  return node.position?.start.offset ?? 0;
}

function end(node: RootContent): number {
  return node.position?.end.offset ?? 0;
}

function lineStart(text: string, offset: number): number {
  let at = offset;
  while (at > 0 && text[at - 1] !== '\n' && text[at - 1] !== '\r') at--;
  return at;
}

/** Line endings in text[from, to): LF, CRLF and a lone CR each count once, as micromark counts them. */
function lineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) count++;
  }
  return count;
}
