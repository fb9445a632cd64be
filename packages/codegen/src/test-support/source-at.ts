import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Source } from '@guideline-as-code/types';
import { repositoryRoot } from './generate-packages.js';

const files = new Map<string, string>();

function fileText(file: string): string {
  let text = files.get(file);
  if (text === undefined) {
    text = readFileSync(path.join(repositoryRoot, file), 'utf8');
    files.set(file, text);
  }
  return text;
}

/** The text of a guideline source file in a span, read independently of the build. */
export function textAt(span: Source): string {
  return fileText(span.file).slice(span.start.offset, span.end.offset);
}

/** The text between two 1-based line/column places (end exclusive), for outputs that carry no offsets, like FHIR. */
export function textBetween(file: string, start: { line: number; column: number }, end: { line: number; column: number }): string {
  const lines = fileText(file).split(/\r\n|\r|\n/);
  if (start.line === end.line) return (lines[start.line - 1] ?? '').slice(start.column - 1, end.column - 1);
  const middle = lines.slice(start.line, end.line - 1);
  return [(lines[start.line - 1] ?? '').slice(start.column - 1), ...middle, (lines[end.line - 1] ?? '').slice(0, end.column - 1)].join('\n');
}

export function isSource(value: unknown): value is Source {
  const span = value as Partial<Source> | null;
  return typeof span?.file === 'string' && typeof span.start?.offset === 'number' && typeof span.end?.offset === 'number';
}

/** Every published value with a span and its text (stated, not stated at a place, derived), with the path to it. */
export function spansWithText(value: unknown, path: string[] = []): { path: string[]; source: Source; text: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => spansWithText(item, [...path, String(index)]));
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  const own = 'notStated' in record && isSource(record['source']) && typeof record['text'] === 'string' ? [{ path, source: record['source'], text: record['text'] }] : [];
  return [...own, ...Object.entries(record).flatMap(([key, item]) => spansWithText(item, [...path, key]))];
}
