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

interface Token {
  text: string;
  start: number;
  end: number;
}

interface IndexedPhrase<T> {
  phrase: Phrase<T>;
  tokens: string[];
}

// Words and numbers are separate tokens (`EN11` is `en` + `11`); punctuation is a token of its own.
const tokenPattern = /\p{L}+|\p{N}+|[^\s\p{L}\p{N}\-\u2010-\u2013/]/gu;
const separator = /[\s\u00a0\-\u2010-\u2013/]/;
const letterOrDigit = /[\p{L}\p{N}]/u;
const prefixLength = 5;

function tokenize(text: string): Token[] {
  return [...text.matchAll(tokenPattern)].map((m) => ({ text: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }));
}

/**
 * Recognises many phrases in one pass. The text is split into tokens once; each token is
 * looked up in an index of the phrases' first tokens, and only those phrases are compared,
 * longest first. Matching ignores case, treats spaces, hyphens and slashes between parts as
 * equal (`KEYNOTE-158` = `Keynote 158`), and a phrase never starts or ends inside a word or
 * number. No regular expression per phrase: compiling hundreds of Unicode patterns would cost
 * more than a whole `check` of a chapter.
 */
export class PhraseMatcher<T> {
  private readonly byFirstToken = new Map<string, IndexedPhrase<T>[]>();
  /** One-word phrases that may start a compound, by their first letters. */
  private readonly byPrefix = new Map<string, IndexedPhrase<T>[]>();

  constructor(phrases: readonly Phrase<T>[]) {
    const sorted = [...phrases].sort((a, b) => b.text.length - a.text.length);
    for (const phrase of sorted) {
      const tokens = tokenize(phrase.text.normalize('NFC')).map((token) => token.text);
      if (tokens.length === 0) continue;
      const indexed = { phrase, tokens };
      add(this.byFirstToken, tokens[0]!, indexed);
      if (phrase.allowSuffix && tokens.length === 1) add(this.byPrefix, tokens[0]!.slice(0, prefixLength), indexed);
    }
  }

  find(text: string): PhraseMatch<T>[] {
    if (this.byFirstToken.size === 0) return [];
    const tokens = tokenize(text);
    const found: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.start > 0 && letterOrDigit.test(text[token.start - 1]!)) continue;
      const candidates = [...(this.byFirstToken.get(token.text) ?? []), ...(this.byPrefix.get(token.text.slice(0, prefixLength)) ?? [])];
      const match = candidates.map((candidate) => this.matchAt(text, tokens, i, candidate)).find((m) => m !== null);
      if (!match) continue;
      found.push(match.found);
      i = match.lastToken;
    }
    return found;
  }

  private matchAt(text: string, tokens: Token[], first: number, { phrase, tokens: parts }: IndexedPhrase<T>): { found: PhraseMatch<T>; lastToken: number } | null {
    for (let k = 0; k < parts.length; k++) {
      const token = tokens[first + k];
      if (!token) return null;
      if (k > 0 && !onlySeparators(text, tokens[first + k - 1]!.end, token.start)) return null;
      const last = k === parts.length - 1;
      const fits = token.text === parts[k] || (last && phrase.allowSuffix === true && token.text.startsWith(parts[k]!) && /^\p{L}+$/u.test(token.text));
      if (!fits) return null;
    }
    const lastToken = first + parts.length - 1;
    const start = tokens[first]!.start;
    const end = tokens[lastToken]!.start + parts[parts.length - 1]!.length;
    // A phrase ending in a digit must not continue as a longer number (`ENGOT-EN1` is not `EN15`).
    if (/\p{N}$/u.test(parts.at(-1)!) && end < text.length && /\p{N}/u.test(text[end]!)) return null;
    return { found: { start, end, text: text.slice(start, end), target: phrase.target }, lastToken };
  }
}

function onlySeparators(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!separator.test(text[i]!)) return false;
  return true;
}

function add<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
