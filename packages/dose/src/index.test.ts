import { describe, expect, it } from 'vitest';
import * as api from './index.js';

describe('public API', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(api).sort()).toEqual([
      'buildNearNames',
      'createWorkCounter',
      'describeInterval',
      'describeIntervalSv',
      'doseKindProblem',
      'doseRangeProblem',
      'drugEntryFromSource',
      'formatAmountText',
      'formatDose',
      'formatInterval',
      'formatNumber',
      'formatRange',
      'intensityPerWeek',
      'parseDoses',
      'readScheduleWords',
    ]);
  });
});
