import { describe, expect, it } from 'vitest';
import * as api from './index.js';

describe('public API', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(api).sort()).toEqual([
      'SENTENCES_LOOKED_BACK',
      'buildNearNames',
      'compileSubstanceIndex',
      'createWorkCounter',
      'describeInterval',
      'describeIntervalSv',
      'doseKindProblem',
      'doseRangeProblem',
      'drugEntryFromSource',
      'findDrug',
      'formatAmountText',
      'formatDose',
      'formatInterval',
      'formatNumber',
      'formatRange',
      'intensityPerWeek',
      'parseDoses',
      'readScheduleWords',
      'substanceById',
      'substanceEntry',
      'substanceRowEntry',
    ]);
  });
});
