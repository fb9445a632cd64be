import type { LineIndex, Source } from '@guideline-as-code/types';

/**
 * Where each attribute of a directive is written (`intent=palliativ`, `regim="karpak"`): mdast
 * gives the values but not their places, so the attribute block `{…}` on the directive's first
 * line is scanned here, where the directive is read. Keys map to the span of `key=value`.
 */
export function attributeSpans(fileText: string, lines: LineIndex, start: number, end: number): Map<string, Source> {
  const spans = new Map<string, Source>();
  const newline = fileText.indexOf('\n', start);
  const lineEnd = Math.min(end, newline === -1 ? fileText.length : newline);
  const open = lastAttributeBlock(fileText, start, lineEnd);
  if (open === -1) return spans;
  let at = open + 1;
  while (at < lineEnd && fileText[at] !== '}') {
    if (/\s/.test(fileText[at]!)) {
      at++;
      continue;
    }
    const keyStart = at;
    while (at < lineEnd && !/[\s=}]/.test(fileText[at]!)) at++;
    const key = fileText.slice(keyStart, at);
    if (fileText[at] === '=') {
      at++;
      const quote = fileText[at];
      if (quote === '"' || quote === "'") {
        const close = fileText.indexOf(quote, at + 1);
        at = close === -1 || close > lineEnd ? lineEnd : close + 1;
      } else {
        while (at < lineEnd && !/[\s}]/.test(fileText[at]!)) at++;
      }
    }
    if (key !== '' && !spans.has(key)) spans.set(key, lines.span(keyStart, at));
  }
  return spans;
}

/** The `{` that opens the attribute block: the last one on the line outside the label's brackets. */
function lastAttributeBlock(text: string, start: number, end: number): number {
  let depth = 0;
  let found = -1;
  for (let i = start; i < end; i++) {
    const char = text[i];
    if (char === '[') depth++;
    else if (char === ']') depth = Math.max(0, depth - 1);
    else if (char === '{' && depth === 0) found = i;
  }
  return found;
}
