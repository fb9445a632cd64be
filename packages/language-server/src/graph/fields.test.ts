import { describe, expect, it } from 'vitest';
import { fieldValue } from './fields.js';

const source = { file: 'a.md', start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 4, offset: 3 } };

describe('fieldValue', () => {
  it('reads a plain field and a field with provenance alike', () => {
    expect(fieldValue({ low: 175, high: 175 })).toEqual({ low: 175, high: 175 });
    expect(fieldValue({ notStated: false, value: { low: 175, high: 175 }, source, text: '175' })).toEqual({ low: 175, high: 175 });
    expect(fieldValue('iv')).toBe('iv');
  });

  it('gives null for what the text does not state, derived values included', () => {
    expect(fieldValue(null)).toBeNull();
    expect(fieldValue(undefined)).toBeNull();
    expect(fieldValue({ notStated: true, source: null, text: null })).toBeNull();
    expect(fieldValue({ notStated: true, derived: 32, derivation: '64/2', source, text: '64' })).toBeNull();
  });
});
