import { describe, expect, it } from 'vitest';
import { LineIndex } from './source.js';
import { statedValue, type Derived, type NotStated, type Stated } from './stated.js';

describe('statedValue', () => {
  const source = new LineIndex('g.md', '| karboplatin | AUC 5 |\n').span(16, 21);

  it('gives the value of a stated field, and nothing for a field the text does not state or only derives', () => {
    const stated: Stated<number> = { notStated: false, value: 5, source, text: 'AUC 5' };
    const notStated: NotStated = { notStated: true, source: null, text: null };
    const derived: Derived<number> = { notStated: true, derived: 5, derivation: 'from AUC 5', source, text: 'AUC 5' };
    expect([statedValue(stated), statedValue(notStated), statedValue(derived)]).toEqual([5, undefined, undefined]);
  });

  it('spans end exclusive, with 1-based columns', () => {
    expect(source).toEqual({ file: 'g.md', start: { line: 1, column: 17, offset: 16 }, end: { line: 1, column: 22, offset: 21 } });
  });
});
