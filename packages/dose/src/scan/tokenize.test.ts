import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.js';
import { createWorkCounter } from './work-counter.js';

const tokens = (text: string) => tokenize(text, createWorkCounter()).map((t) => (t.kind === 'number' ? t.value : t.text));

describe('tokenize', () => {
  it.each([
    ['13,1 månader', [13.1, 'månader']],
    ['1 000 mg', [1000, 'mg']],
    ['1\u00a0000 mg', [1000, 'mg']],
    ['1\u202f000\u202f000 mg', [1000000, 'mg']],
    ['12 345,5', [12345.5]],
    ['1000 mg', [1000, 'mg']],
    ['1 2345', [1, 2345]],
    ['4 Gy x 5', [4, 'Gy', 'x', 5]],
    ['AUC5', ['AUC', 5]],
    ['MPA160–200', ['MPA', 160, '–', 200]],
    ['mg/m²', ['mg', '/', 'm', '²']],
    ['var 3:e vecka', ['var', 3, ':', 'e', 'vecka']],
    ['dag 175.', ['dag', 175, '.']],
    ['dosen [@175; @176] 40', ['dosen', 40]],
    ['[@ok', ['[', '@', 'ok']],
    ['😀 å', ['😀', 'å']],
    // Digits glued to a name end it: the group after them is the next number.
    ['VP-16 100 mg', ['VP', '-', 16, 100, 'mg']],
    ['B12 100 mg', ['B', 12, 100, 'mg']],
    ['5-FU 400 mg', [5, '-', 'FU', 400, 'mg']],
  ])('%j', (text, expected) => {
    expect(tokens(text)).toEqual(expected);
  });

  it('keeps exact source positions', () => {
    const text = 'MPA 1\u00a0000 mg/dag';
    for (const token of tokenize(text, createWorkCounter())) expect(text.slice(token.start, token.end)).toBe(token.text);
  });

  it('counts its work', () => {
    const work = createWorkCounter();
    tokenize('x'.repeat(1000), work);
    expect(work.steps).toBeGreaterThanOrEqual(1000);
    expect(work.steps).toBeLessThanOrEqual(3000);
  });
});
