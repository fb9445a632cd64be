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

interface CompiledPhrase<T> {
  phrase: Phrase<T>;
  /** Sticky pattern tried at a word start; group 1 is the phrase without a compound's suffix. */
  pattern: RegExp;
}

const separators = '[\\s\\u00a0\\-\\u2010-\\u2013/]*';
const wordPattern = /[\p{L}\p{N}]+/gu;
const keyLength = 2;

/**
 * Recognises many phrases in one pass over the words of a text. Phrases are indexed by the
 * first letters of their first word, so each word start is tried only against the few
 * phrases that can begin there (longest first); the text is scanned once whatever the number
 * of phrases. Matching ignores case and treats spaces, hyphens and slashes between the parts
 * of a phrase as equal (`KEYNOTE-158` = `Keynote 158`), and a phrase never starts or ends
 * inside a word or number.
 */
export class PhraseMatcher<T> {
  private readonly byKey = new Map<string, CompiledPhrase<T>[]>();

  constructor(phrases: readonly Phrase<T>[]) {
    const sorted = [...phrases].sort((a, b) => b.text.length - a.text.length);
    for (const phrase of sorted) {
      const parts = tokens(phrase.text);
      if (parts.length === 0) continue;
      const compiled = { phrase, pattern: new RegExp(`(${parts.map(escape).join(separators)})${after(phrase)}`, 'iuy') };
      const key = parts[0]!.toLowerCase().slice(0, keyLength);
      const list = this.byKey.get(key);
      if (list) list.push(compiled);
      else this.byKey.set(key, [compiled]);
    }
  }

  find(text: string): PhraseMatch<T>[] {
    if (this.byKey.size === 0) return [];
    const found: PhraseMatch<T>[] = [];
    let skipUntil = 0;
    for (const word of text.matchAll(wordPattern)) {
      const start = word.index;
      if (start < skipUntil) continue;
      const lower = word[0].toLowerCase();
      const match = this.tryAt(text, start, lower.slice(0, keyLength)) ?? (lower.length > 1 ? this.tryAt(text, start, lower.slice(0, 1)) : undefined);
      if (!match) continue;
      found.push(match);
      skipUntil = match.end;
    }
    return found;
  }

  private tryAt(text: string, start: number, key: string): PhraseMatch<T> | undefined {
    for (const { phrase, pattern } of this.byKey.get(key) ?? []) {
      pattern.lastIndex = start;
      const match = pattern.exec(text);
      if (match) return { start, end: start + match[1]!.length, text: match[1]!, target: phrase.target };
    }
    return undefined;
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
