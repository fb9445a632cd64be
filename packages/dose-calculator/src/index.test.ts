import { expect, it } from 'vitest';
import * as api from './index.js';

it('exports exactly the public API', () => {
  expect(Object.keys(api).sort()).toEqual([
    'BODY_SURFACE_AREA_LIMITS_M2',
    'CALVERT_GFR_RANGE_ML_PER_MIN',
    'CARBOPLATIN_MAX_GFR_ML_PER_MIN',
    'DoseCalculationError',
    'GFR_MAX_ML_PER_MIN',
    'HEIGHT_IN_CM_THAT_LOOKS_LIKE_METRES',
    'HEIGHT_LIMITS_CM',
    'TARGET_AUC_LIMITS',
    'WEIGHT_LIMITS_KG',
    'bodySurfaceArea',
    'bodySurfaceDose',
    'calculateDose',
    'carboplatinDose',
    'flatDose',
    'round',
    'weightBasedDose',
  ]);
});

it('states the limits it checks against', () => {
  expect(api.CARBOPLATIN_MAX_GFR_ML_PER_MIN).toBe(125);
  expect(api.HEIGHT_LIMITS_CM).toEqual({ min: 30, max: 250 });
  expect(api.WEIGHT_LIMITS_KG).toEqual({ min: 1, max: 400 });
  expect(api.GFR_MAX_ML_PER_MIN).toBe(250);
  expect(api.TARGET_AUC_LIMITS).toEqual({ min: 1, max: 10 });
  expect(api.HEIGHT_IN_CM_THAT_LOOKS_LIKE_METRES).toBe(3);
});
