/** A text in the languages the tool speaks: editors read Swedish, reviewers often English. */
export interface LocalizedText {
  sv: string;
  en: string;
}

/** Same text in both languages, for values such as ids and numbers that need no translation. */
export function sameInBoth(text: string): LocalizedText {
  return { sv: text, en: text };
}
