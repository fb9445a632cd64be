import type { LocalizedText } from '@guideline-as-code/types';

/** Output language: Swedish for Swedish guidelines' editors, English for everyone else. */
export type Language = 'sv' | 'en';

export const languages: readonly Language[] = ['sv', 'en'];

export function say(text: LocalizedText, language: Language): string {
  return text[language];
}

/** A text written once per language, e.g. one that puts counts in words. */
export function inBoth(write: (language: Language) => string): LocalizedText {
  return { sv: write('sv'), en: write('en') };
}

/** A noun (or participle) in the singular and the plural, in both languages. */
export interface Countable {
  sv: readonly [one: string, many: string];
  en: readonly [one: string, many: string];
}

/**
 * `1 varning`, `9 varningar`, `0 warnings`: Swedish and English both take the singular for
 * exactly one and the plural for every other count, zero included.
 */
export function count(n: number, noun: Countable, language: Language): string {
  const [one, many] = noun[language];
  return `${n} ${n === 1 ? one : many}`;
}

/** Words of the report itself. */
export const words = {
  error: { sv: 'fel', en: 'error' },
  warning: { sv: 'varning', en: 'warning' },
  info: { sv: 'info', en: 'info' },
  acknowledged: { sv: 'godtagen', en: 'acknowledged' },
  see: { sv: 'se', en: 'see' },
  noFindings: { sv: 'Inga fynd.', en: 'No findings.' },
} as const satisfies Record<string, LocalizedText>;

/** Counted nouns of the report. */
export const nouns = {
  error: { sv: ['fel', 'fel'], en: ['error', 'errors'] },
  warning: { sv: ['varning', 'varningar'], en: ['warning', 'warnings'] },
  info: { sv: ['info', 'info'], en: ['info', 'info'] },
  acknowledged: { sv: ['godtagen', 'godtagna'], en: ['acknowledged', 'acknowledged'] },
  notice: { sv: ['notis', 'notiser'], en: ['notice', 'notices'] },
  node: { sv: ['nod', 'noder'], en: ['node', 'nodes'] },
  edge: { sv: ['kant', 'kanter'], en: ['edge', 'edges'] },
  character: { sv: ['tecken', 'tecken'], en: ['character', 'characters'] },
  row: { sv: ['rad', 'rader'], en: ['row', 'rows'] },
} as const satisfies Record<string, Countable>;
