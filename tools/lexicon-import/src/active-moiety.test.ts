import { describe, expect, it } from 'vitest';
import { activeMoiety } from './active-moiety.js';

const known = new Set(['glycopyrronium', 'betamethasone', 'morphine', 'zinc', 'sodium']);

describe('activeMoiety', () => {
  it('strips the anion or ester of a salt whose active part is a known substance', () => {
    expect(activeMoiety('glycopyrronium bromide', known)).toBe('glycopyrronium');
    expect(activeMoiety('betamethasone valerate', known)).toBe('betamethasone');
    expect(activeMoiety('morphine hydrochloride', known)).toBe('morphine');
  });

  it('gives none when the rest is no known substance, or nothing is left', () => {
    expect(activeMoiety('calcium folinate', known)).toBeNull();
    expect(activeMoiety('sodium chloride', known)).toBeNull();
    expect(activeMoiety('morphine', known)).toBeNull();
  });

  it('never takes an oxide, a qualifier or a word in the middle for a counter-ion', () => {
    expect(activeMoiety('zinc oxide', known)).toBeNull();
    expect(activeMoiety('bromide glycopyrronium', known)).toBeNull();
  });
});
