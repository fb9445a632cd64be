import { describe, expect, it } from 'vitest';
import { defaultSettings, readSettings } from './settings.js';

describe('readSettings', () => {
  it('takes known settings from initialization options or an editor’s `guideline` section', () => {
    expect(readSettings({ language: 'en' }).language).toBe('en');
    expect(readSettings({ guideline: { lang: 'en', showAcknowledged: false, debounceMs: 0 } })).toEqual({ language: 'en', showAcknowledged: false, debounceMs: 0 });
  });

  it('keeps what it had for values of the wrong kind, and for nothing at all', () => {
    expect(readSettings(undefined)).toEqual(defaultSettings);
    expect(readSettings({ language: 'de', showAcknowledged: 'ja', debounceMs: -1 })).toEqual(defaultSettings);
    expect(readSettings({ debounceMs: 1e9 }, { ...defaultSettings, language: 'en' })).toEqual({ ...defaultSettings, language: 'en' });
  });
});
