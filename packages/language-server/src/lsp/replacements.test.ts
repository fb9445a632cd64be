import { describe, expect, it } from 'vitest';
import type { Diagnostic, Source } from '@guideline-as-code/types';
import { suggestedReplacements } from './replacements.js';

const at = (start: number, end: number): Source => ({ file: 'a.md', start: { line: 1, column: start + 1, offset: start }, end: { line: 1, column: end + 1, offset: end } });
const finding = (extra: Record<string, unknown>) =>
  ({ ruleId: 'unknown-drug', severity: 'warning', message: { sv: 's', en: 'e' }, source: at(3, 13), ...extra }) as Diagnostic & { source: Source };

describe('suggestedReplacements', () => {
  it('reads a suggestion as a string, an object with its own span, or a list', () => {
    expect(suggestedReplacements(finding({ suggestion: 'paklitaxel' }))).toEqual([{ text: 'paklitaxel', source: at(3, 13) }]);
    expect(suggestedReplacements(finding({ suggestion: { text: 'paklitaxel', source: at(5, 9) } }))).toEqual([{ text: 'paklitaxel', source: at(5, 9) }]);
    expect(suggestedReplacements(finding({ suggestions: [{ value: 'a' }, 'b'], fix: { sv: 's', en: 'e', replacement: 'c' } })).map((r) => r.text)).toEqual(['a', 'b', 'c']);
  });

  it('ignores what is not a usable replacement: nothing, empty text, another file’s span, a fix sentence', () => {
    expect(suggestedReplacements(finding({}))).toEqual([]);
    expect(suggestedReplacements(finding({ fix: { sv: 'Stava rätt.', en: 'Spell it right.' } }))).toEqual([]);
    expect(suggestedReplacements(finding({ suggestion: '' }))).toEqual([]);
    expect(suggestedReplacements(finding({ suggestion: [null, 3, { text: 7 }] }))).toEqual([]);
    expect(suggestedReplacements(finding({ suggestion: { text: 'x', source: { ...at(0, 1), file: 'b.md' } } }))).toEqual([{ text: 'x', source: at(3, 13) }]);
  });
});
