import type { Element, ElementContent, Root, Text } from 'hast';

/**
 * Places in the rendered chapter by source offset. remark-rehype keeps each text node's source
 * position; a text node's value may differ from its source slice (escapes, indentation of list
 * continuation lines, character references), so each character is aligned to its offset in
 * the source before a range is cut out of it. Elements added here carry no position, so later
 * passes never cut into a tooltip or a finding note.
 */
export class TextRanges {
  constructor(
    private readonly tree: Root,
    private readonly source: string,
  ) {}

  /**
   * Wraps the text of [start, end) in elements made by `make` (one per text node the range
   * crosses; `first` is true for the first). Returns the wrappers in document order, each
   * with the tag name of the element it stands in (so a note is not put inside `code`).
   */
  wrap(start: number, end: number, make: (first: boolean) => Element): { wrapper: Element; parent: string }[] {
    const made: { wrapper: Element; parent: string }[] = [];
    this.visit(this.tree, (text, parent) => {
      const pieces = this.cut(text, start, end);
      if (!pieces) return undefined;
      const wrapper = make(made.length === 0);
      wrapper.children = [pieces.inside];
      made.push({ wrapper, parent });
      return [...pieces.before, wrapper, ...pieces.after];
    });
    return made;
  }

  /** Inserts `node` just before the first character at or after `offset`; false when the text has none. */
  insertBefore(offset: number, node: ElementContent): boolean {
    let done = false;
    this.visit(this.tree, (text) => {
      if (done) return undefined;
      const offsets = this.offsets(text);
      const at = offsets.findIndex((candidate) => candidate >= offset);
      if (at === -1) return undefined;
      done = true;
      const [before, after] = [this.piece(text, offsets, 0, at), this.piece(text, offsets, at, offsets.length)];
      return [...(before ? [before] : []), node, ...(after ? [after] : [])];
    });
    return done;
  }

  private cut(text: Text, start: number, end: number) {
    const offsets = this.offsets(text);
    const from = offsets.findIndex((offset) => offset >= start && offset < end);
    if (from === -1) return undefined;
    let to = from;
    while (to < offsets.length && offsets[to]! < end) to += 1;
    const before = this.piece(text, offsets, 0, from);
    const after = this.piece(text, offsets, to, offsets.length);
    return { before: before ? [before] : [], inside: this.piece(text, offsets, from, to)!, after: after ? [after] : [] };
  }

  /** The source offset of each character of a positioned text node; empty for added text. */
  private offsets(text: Text): number[] {
    const from = text.position?.start.offset;
    const to = text.position?.end.offset;
    if (from === undefined || to === undefined) return [];
    const offsets: number[] = [];
    let cursor = from;
    for (const char of text.value) {
      const found = this.source.indexOf(char, cursor);
      const at = found === -1 || found >= to ? cursor : found;
      offsets.push(at);
      cursor = found === -1 || found >= to ? cursor : found + char.length;
      // A character of two code units (an emoji) takes two places in `value`.
      if (char.length === 2) offsets.push(at + 1);
    }
    return offsets;
  }

  private piece(text: Text, offsets: number[], from: number, to: number): Text | undefined {
    if (to <= from) return undefined;
    const start = offsets[from]!;
    const end = offsets[to - 1]! + 1;
    return { type: 'text', value: text.value.slice(from, to), position: { start: { line: 0, column: 0, offset: start }, end: { line: 0, column: 0, offset: end } } };
  }

  /** Calls `replace` on every positioned text node; a returned list takes the node's place. */
  private visit(parent: Root | Element, replace: (text: Text, parent: string) => ElementContent[] | undefined): void {
    const children: ElementContent[] = [];
    for (const child of parent.children) {
      if (child.type === 'text' && child.position) {
        children.push(...(replace(child, parent.type === 'element' ? parent.tagName : 'root') ?? [child]));
      } else {
        if (child.type === 'element') this.visit(child, replace);
        if (child.type !== 'doctype') children.push(child as ElementContent);
      }
    }
    parent.children = children;
  }
}
