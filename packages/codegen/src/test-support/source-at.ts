import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { SourceSpan } from '../runtime/source-span.js';
import { repositoryRoot } from './generate-packages.js';

const files = new Map<string, string[]>();

/** The text of a guideline source file between two line/column points, read independently of the build. */
export function textAt(span: Omit<SourceSpan, 'text'>): string {
  let lines = files.get(span.file);
  if (!lines) {
    lines = readFileSync(path.join(repositoryRoot, span.file), 'utf8').split('\n');
    files.set(span.file, lines);
  }
  if (span.line === span.endLine) return (lines[span.line - 1] ?? '').slice(span.column - 1, span.endColumn - 1);
  return [
    (lines[span.line - 1] ?? '').slice(span.column - 1),
    ...lines.slice(span.line, span.endLine - 1),
    (lines[span.endLine - 1] ?? '').slice(0, span.endColumn - 1),
  ].join('\n');
}

export function isSourceSpan(value: unknown): value is SourceSpan {
  const span = value as Partial<SourceSpan> | null;
  return typeof span?.file === 'string' && typeof span.line === 'number' && typeof span.endColumn === 'number' && typeof span.text === 'string';
}

/** Every source span in a value, with the path to it. */
export function sourceSpans(value: unknown, path: string[] = []): { path: string[]; span: SourceSpan }[] {
  if (isSourceSpan(value)) return [{ path, span: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => sourceSpans(item, [...path, String(index)]));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => sourceSpans(item, [...path, key]));
  return [];
}
