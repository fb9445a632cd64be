import { describe, expect, it } from 'vitest';
import type { ParsedDose } from '../dose-types.js';
import { intensityPerWeek } from './intensity-per-week.js';

type Input = Parameters<typeof intensityPerWeek>[0];
const flat = (amount: number, days: number, pause: ParsedDose['pause'] = null): Input => ({
  amount: { low: amount, high: amount },
  intervalDays: { low: days, high: days },
  pause,
  doseKind: 'flat',
});

describe('intensityPerWeek', () => {
  it('makes equivalent schedules equal', () => {
    expect(intensityPerWeek(flat(200, 21))).toEqual(intensityPerWeek(flat(400, 42)));
    expect(intensityPerWeek(flat(500, 21))).toEqual(intensityPerWeek(flat(1000, 42)));
  });

  it('accounts for a pause', () => {
    expect(intensityPerWeek(flat(80, 7, { periodDays: 28, offDays: 7 }))).toEqual({ low: 60, high: 60 });
  });

  it('spans a range of amounts and intervals', () => {
    expect(intensityPerWeek({ amount: { low: 175, high: 200 }, intervalDays: { low: 14, high: 21 }, pause: null, doseKind: 'body-surface' })).toEqual({
      low: 175 / 3,
      high: 100,
    });
  });

  it('is null without an interval and for radiotherapy', () => {
    expect(intensityPerWeek({ ...flat(200, 21), intervalDays: null })).toBeNull();
    expect(intensityPerWeek({ ...flat(4, 1), doseKind: 'radiation' })).toBeNull();
  });
});
