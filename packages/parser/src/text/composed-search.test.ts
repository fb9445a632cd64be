import { describe, expect, it } from 'vitest';
import { indexOfComposed } from './composed-search.js';

describe('indexOfComposed', () => {
  it('finds a composed quote in decomposed text, with the whole letters in the range', () => {
    const text = 'Kombinationsbehandlingen a\u0308r godka\u0308nd.';
    const found = indexOfComposed(text, 'är godkänd');
    expect(found).not.toBeNull();
    expect(text.slice(found!.start, found!.end)).toBe('a\u0308r godka\u0308nd');
  });

  it('finds a decomposed quote in composed text', () => {
    const text = 'Palliativ strålbehandling är effektiv.';
    const found = indexOfComposed(text, 'stra\u030albehandling');
    expect(text.slice(found!.start, found!.end)).toBe('strålbehandling');
  });

  it('finds nothing for an absent or empty quote', () => {
    expect(indexOfComposed('Palliativ strålbehandling.', 'kirurgi')).toBeNull();
    expect(indexOfComposed('Palliativ strålbehandling.', '')).toBeNull();
  });
});
