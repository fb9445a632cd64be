import type { LocalizedText } from '@guideline-as-code/types';

/** Output language: Swedish for Swedish guidelines' editors, English for everyone else. */
export type Language = 'sv' | 'en';

export function say(text: LocalizedText, language: Language): string {
  return text[language];
}

/** Words of the report itself. */
export const words = {
  error: { sv: 'fel', en: 'error' },
  warning: { sv: 'varning', en: 'warning' },
  info: { sv: 'info', en: 'info' },
  acknowledged: { sv: 'godtagen', en: 'acknowledged' },
  errors: { sv: 'fel', en: 'errors' },
  warnings: { sv: 'varningar', en: 'warnings' },
  infos: { sv: 'info', en: 'info' },
  acknowledgedMany: { sv: 'godtagna', en: 'acknowledged' },
  see: { sv: 'se', en: 'see' },
  noFindings: { sv: 'Inga fynd.', en: 'No findings.' },
} as const satisfies Record<string, LocalizedText>;
