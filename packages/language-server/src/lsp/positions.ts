import type { Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Source } from '@guideline-as-code/types';

/**
 * An LSP range for a source span. In the open document the UTF-16 offsets are exact (the
 * parser counts in UTF-16 code units, as LSP does by default); in a file that is not open the
 * 1-based lines and columns are used.
 */
export function rangeOf(source: Source, document?: TextDocument): Range {
  if (document) return { start: document.positionAt(source.start.offset), end: document.positionAt(source.end.offset) };
  return {
    start: { line: source.start.line - 1, character: source.start.column - 1 },
    end: { line: source.end.line - 1, character: source.end.column - 1 },
  };
}

/** Whether `offset` lies in the span [start, end] (a cursor right after the last character still counts). */
export function spans(source: Source, file: string, offset: number): boolean {
  return source.file === file && source.start.offset <= offset && offset <= source.end.offset;
}
