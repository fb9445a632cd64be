import type { Nodes, PhrasingContent } from 'mdast';
import type { LineIndex } from '@guideline-as-code/types';
import { type MappedText, MappedTextBuilder } from './mapped-text.js';

export interface InlineTextResult {
  text: MappedText;
  /** File offsets where invisible characters were dropped or decomposed letters composed. */
  cleaned: { invisible: number[]; decomposed: number[] };
}

/**
 * The readable text of a paragraph, heading or table cell: what a reader sees, with every
 * character mapped back to the source file. Inline HTML (e.g. comments) is not prose.
 */
export function inlineText(node: Nodes, fileText: string, lines: LineIndex): InlineTextResult {
  const builder = new MappedTextBuilder(lines);
  collect(node, fileText, builder);
  return { text: builder.build(), cleaned: builder.cleaned };
}

function collect(node: Nodes, fileText: string, builder: MappedTextBuilder): void {
  switch (node.type) {
    case 'text':
    case 'inlineCode': {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) {
        builder.separator(node.value);
        return;
      }
      builder.appendSource(node.value, fileText, start, end);
      return;
    }
    case 'break':
      builder.separator('\n');
      return;
    case 'image':
      builder.separator(node.alt ?? '');
      return;
    case 'html':
    case 'footnoteReference':
    case 'imageReference':
      return;
    default:
      if ('children' in node) {
        for (const child of node.children as PhrasingContent[]) collect(child, fileText, builder);
      }
  }
}
