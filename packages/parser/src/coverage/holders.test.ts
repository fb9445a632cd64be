import { describe, expect, it } from 'vitest';
import { Holders } from './holders.js';

describe('Holders', () => {
  it('keeps every holder of a character in order, also the third and later ones', () => {
    const holders = new Holders(3);
    holders.add(0, 'statement:a');
    holders.add(1, 'statement:a');
    holders.add(1, 'section:1');
    for (const id of ['statement:a', 'statement:b', 'statement:c', 'statement:d']) holders.add(2, id);
    expect([0, 1, 2].map((i) => holders.countAt(i))).toEqual([1, 2, 4]);
    expect(holders.nodesAt(1)).toEqual(['statement:a', 'section:1']);
    expect(holders.nodesAt(2)).toEqual(['statement:a', 'statement:b', 'statement:c', 'statement:d']);
  });

  it('tells characters with the same holders from characters with other or fewer ones', () => {
    const holders = new Holders(5);
    for (const i of [0, 1]) holders.add(i, 'statement:a');
    holders.add(2, 'statement:b');
    for (const i of [3, 4]) for (const id of ['x', 'y', 'z']) holders.add(i, id);
    holders.add(4, 'w');
    expect(holders.same(0, 1)).toBe(true);
    expect(holders.same(1, 2)).toBe(false);
    expect(holders.same(2, 3)).toBe(false);
    expect(holders.same(3, 4)).toBe(false);
    expect(new Holders(2).same(0, 1)).toBe(true);
  });
});
