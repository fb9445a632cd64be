import { describe, expect, it } from 'vitest';
import { readScheduleWords } from './read-schedule-words.js';

describe('readScheduleWords', () => {
  it.each([
    ['var 3:e vecka', { intervalDays: { low: 21, high: 21 } }],
    ['var sjätte vecka', { intervalDays: { low: 42, high: 42 } }],
    ['veckovis med paus var fjärde vecka', { intervalDays: { low: 7, high: 7 }, pause: { periodDays: 28, offDays: 7 } }],
    ['dagligen', { intervalDays: { low: 1, high: 1 } }],
    ['i 4 cykler', { cycles: { low: 4, high: 4 } }],
    ['upp till 35 cykler', { cycles: { low: null, high: 35 } }],
    ['maximalt 2 år', { maxDuration: { value: 2, unit: 'a', days: 730.5 } }],
    ['peroralt', { route: 'po' }],
    ['iv', { route: 'iv' }],
  ])('reads %j', (text, expected) => {
    expect(readScheduleWords(text)).toMatchObject({ ...expected, understood: true });
  });

  it('says when words were not understood', () => {
    expect(readScheduleWords('till progress eller intolerabel toxicitet').understood).toBe(false);
    expect(readScheduleWords('var 3:e vecka ungefär').understood).toBe(false);
    expect(readScheduleWords('').understood).toBe(true);
  });
});
