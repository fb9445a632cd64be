import { expect, it } from 'vitest';
import * as api from './index.js';

it('exports the server and its settings, nothing else', () => {
  expect(Object.keys(api).sort()).toEqual(['defaultSettings', 'readSettings', 'startGuidelineServer']);
});
