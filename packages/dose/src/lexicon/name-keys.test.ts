import { describe, expect, it } from 'vitest';
import { realLexicon, realSubstances } from '../__fixtures__/real-lexicon.js';
import { tokenize } from '../scan/tokenize.js';
import { createWorkCounter } from '../scan/work-counter.js';
import { nameKeys } from './name-keys.js';

/** Every name of the lexicon entries and of the substance index (its name, INN and other names). */
function everyName(): string[] {
  const entries = realLexicon().drugs.flatMap((drug) => [drug.name, drug.inn, ...drug.names, ...drug.brands]);
  const index = realSubstances().rows.flatMap(([, , , name, inn, , names]) => [name, inn, ...names.split('|').filter((other) => other !== '')]);
  return [...entries, ...index, 'Ara-C', '5-FU', 'pegylerat liposomalt doxorubicin', 'Å-namn', 'x  y'];
}

describe('nameKeys', () => {
  it('gives every name of the lexicon and the substance index the tokens the tokenizer gives it', () => {
    const names = everyName();
    expect(names.length).toBeGreaterThan(6000);
    const differ = names.filter((name) => JSON.stringify(nameKeys(name, createWorkCounter())) !== JSON.stringify(tokenize(name, createWorkCounter()).map((token) => token.lower)));
    expect(differ).toEqual([]);
  });
});
