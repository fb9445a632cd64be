// A test pins the public API of each generated package: a change to it is a decision.
import { describe, expect, it } from 'vitest';
import { importPackage } from '../test-support/import-package.js';

describe('generated packages: public API', () => {
  it.each([
    ['knowledge-graph', ['GraphIndex', 'allRecommendations', 'edgesOf', 'findNode', 'formatSource', 'getNode', 'graph', 'neighbours', 'nodesOfType', 'packageInfo', 'sourceOf', 'statedValue']],
    ['references', ['allReferences', 'allTrials', 'cslItems', 'formatSource', 'getReference', 'getTrial', 'packageInfo', 'referenceIds', 'references', 'statedValue', 'trialIds', 'trials']],
    [
      'regimens',
      [
        'CARBOPLATIN_MAX_GFR_ML_PER_MIN',
        'DoseCalculationError',
        'allRegimens',
        'bodySurfaceArea',
        'calculateDose',
        'calculateRegimenDoses',
        'carboplatinDose',
        'formatSource',
        'getRegimen',
        'isRegimenId',
        'packageInfo',
        'regimenIds',
        'regimens',
        'round',
        'statedValue',
      ],
    ],
  ])('%s exports exactly these values', async (name, expected) => {
    expect(Object.keys(await importPackage<object>(name)).sort()).toEqual(expected);
  });
});
