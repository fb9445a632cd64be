import { describe, expect, it } from 'vitest';
import * as preview from './index.js';

describe('the public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(preview).sort()).toEqual(['buildSitePages', 'conditionText', 'doseReading', 'servePreview', 'watchSources', 'writeSite']);
  });
});
