import { describe, expect, it } from 'vitest';
import { PhraseMatcher } from './phrase-matcher.js';
import { sharedMatcher } from './shared-matchers.js';

describe('sharedMatcher', () => {
  it('gives the same matcher for the same phrases, a new one when a phrase or its target changes, and finds what a new matcher finds', () => {
    const phrases = () => [{ text: 'paklitaxel', target: 'drug:paclitaxel' }, { text: 'KEYNOTE-775', target: 'trial:keynote-775' }];
    const first = sharedMatcher(phrases());
    expect(sharedMatcher(phrases())).toBe(first);
    expect(sharedMatcher([...phrases(), { text: 'karboplatin', target: 'drug:carboplatin' }])).not.toBe(first);
    expect(sharedMatcher([{ text: 'paklitaxel', target: 'drug:other' }])).not.toBe(sharedMatcher([{ text: 'paklitaxel', target: 'drug:paclitaxel' }]));
    const text = 'Paklitaxel gavs i Keynote 775 efter karboplatin.';
    expect(first.find(text)).toEqual(new PhraseMatcher(phrases()).find(text));
    expect(first.find(text).map((match) => match.target)).toEqual(['drug:paclitaxel', 'trial:keynote-775']);
  });

  it('keeps a matcher found by one object apart from one found by that object and others (the drugs, then the mentions of a guideline)', () => {
    const compiled = {};
    const others = {};
    const drugs = sharedMatcher([{ text: 'paklitaxel', target: 'drug:paclitaxel' }], [compiled]);
    const mentions = sharedMatcher([{ text: 'paklitaxel', target: 'drug:paclitaxel' }, { text: 'KEYNOTE-775', target: 'trial:keynote-775' }], [compiled, others]);
    expect(mentions).not.toBe(drugs);
    expect(sharedMatcher([], [compiled])).toBe(drugs);
    expect(sharedMatcher([], [compiled, others])).toBe(mentions);
  });
});
