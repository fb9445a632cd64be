import fc from 'fast-check';
import { hostilePieces } from './swedish-pieces.js';

/** One edit of a text; positions are taken modulo the text's length so that any number fits. */
type Mutation =
  | { kind: 'insert'; at: number; piece: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate-line'; line: number }
  | { kind: 'delete-line'; line: number }
  | { kind: 'move-line'; line: number; to: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), piece: fc.constantFrom(...hostilePieces) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), piece: fc.string({ unit: 'binary', maxLength: 4 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate-line' as const), line: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete-line' as const), line: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('move-line' as const), line: fc.nat(), to: fc.nat() }) },
);

/**
 * A piece of a real chapter with hostile edits: a run of its blocks (so each case stays
 * small and quick to read), then up to eight insertions of syntax, control characters,
 * invisible characters and combining marks, deletions, and duplicated, deleted or moved lines.
 */
export function mutatedChapter(chapter: string): fc.Arbitrary<string> {
  const blocks = chapter.split(/\n{2,}/);
  const excerpt = fc.tuple(fc.nat({ max: blocks.length - 1 }), fc.integer({ min: 1, max: 8 })).map(([start, count]) => `${blocks.slice(start, start + count).join('\n\n')}\n`);
  return fc.tuple(excerpt, fc.array(mutation, { minLength: 1, maxLength: 8 })).map(([text, edits]) => edits.reduce(apply, text));
}

function apply(text: string, edit: Mutation): string {
  const at = (n: number) => (text.length === 0 ? 0 : n % (text.length + 1));
  switch (edit.kind) {
    case 'insert':
      return text.slice(0, at(edit.at)) + edit.piece + text.slice(at(edit.at));
    case 'delete':
      return text.slice(0, at(edit.at)) + text.slice(at(edit.at) + edit.length);
    default: {
      const lines = text.split('\n');
      const line = edit.line % lines.length;
      if (edit.kind === 'duplicate-line') lines.splice(line, 0, lines[line]!);
      else if (edit.kind === 'delete-line') lines.splice(line, 1);
      else lines.splice(edit.to % lines.length, 0, ...lines.splice(line, 1));
      return lines.join('\n');
    }
  }
}
