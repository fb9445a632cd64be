/** A phrase to recognise in prose and what it stands for. */
export interface Phrase<T> {
  text: string;
  target: T;
  /**
   * Allow letters right after the phrase, for Swedish compounds and inflections
   * (`bevacizumabgruppen`, `hormonreceptorpositiva`).
   */
  allowSuffix?: boolean;
}

/** Where a phrase was found: [start, end) covers the phrase itself, not a compound's suffix. */
export interface PhraseMatch<T> {
  start: number;
  end: number;
  text: string;
  target: T;
}

const separators = '[\\s\\u00a0\\-\\u2010-\\u2013/]*';

/**
 * Recognises many phrases in one pass: all phrases become one alternation (longest first),
 * so the cost per text is one regex scan, not one per phrase. Matching ignores case and
 * treats spaces, hyphens and slashes between the parts of a phrase as equal
 * (`KEYNOTE-158` = `Keynote 158`), and a phrase never starts or ends inside a word or number.
 */
export class PhraseMatcher<T> {
  private readonly pattern: RegExp | null;
  private readonly phrases: Phrase<T>[];

  constructor(phrases: readonly Phrase<T>[]) {
    this.phrases = [...phrases].filter((p) => tokens(p.text).length > 0).sort((a, b) => b.text.length - a.text.length);
    const alternatives = this.phrases.map((phrase) => `(${tokens(phrase.text).map(escape).join(separators)})${after(phrase)}`);
    this.pattern = alternatives.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})`, 'giu') : null;
  }

  find(text: string): PhraseMatch<T>[] {
    if (!this.pattern) return [];
    const found: PhraseMatch<T>[] = [];
    for (const match of text.matchAll(this.pattern)) {
      const group = match.findIndex((value, index) => index > 0 && value !== undefined);
      const phrase = this.phrases[group - 1]!;
      const matched = match[group]!;
      found.push({ start: match.index, end: match.index + matched.length, text: matched, target: phrase.target });
    }
    return found;
  }
}

function tokens(text: string): string[] {
  return text.normalize('NFC').match(/\p{L}+|\p{N}+|[^\s\p{L}\p{N}\-\u2010-\u2013/]/gu) ?? [];
}

function after(phrase: Phrase<unknown>): string {
  const last = phrase.text.trim().slice(-1);
  if (/\p{N}/u.test(last)) return '(?![\\p{N}])';
  if (/\p{L}/u.test(last)) return phrase.allowSuffix ? '\\p{L}*' : '(?![\\p{L}])';
  return '';
}

function escape(token: string): string {
  return token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
