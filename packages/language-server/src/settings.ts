/** The message language; Swedish by default, as for `guideline check`. */
export type Language = 'sv' | 'en';

/** What an editor can set, in `initializationOptions` or as the `guideline` section of its settings. */
export interface ServerSettings {
  language: Language;
  /** Acknowledged findings (`guideline-ignore`) as hints with their reason; false leaves them out. */
  showAcknowledged: boolean;
  /** Milliseconds to wait before checking an edit that came while a check was due or running, so that a burst of keystrokes is checked once. */
  debounceMs: number;
}

export const defaultSettings: ServerSettings = { language: 'sv', showAcknowledged: true, debounceMs: 5 };

/**
 * Settings from what the editor sent: known keys with values of the right type are taken, the
 * rest is ignored (an editor's settings object holds many other things). `lang` is accepted
 * as a synonym of `language`, as the remark preset names it.
 */
export function readSettings(value: unknown, base: ServerSettings = defaultSettings): ServerSettings {
  if (typeof value !== 'object' || value === null) return base;
  const record = value as Record<string, unknown>;
  const nested = record['guideline'];
  if (typeof nested === 'object' && nested !== null) return readSettings(nested, base);
  const language = record['language'] ?? record['lang'];
  const showAcknowledged = record['showAcknowledged'];
  const debounceMs = record['debounceMs'];
  return {
    language: language === 'sv' || language === 'en' ? language : base.language,
    showAcknowledged: typeof showAcknowledged === 'boolean' ? showAcknowledged : base.showAcknowledged,
    debounceMs: typeof debounceMs === 'number' && debounceMs >= 0 && debounceMs <= 10_000 ? debounceMs : base.debounceMs,
  };
}
