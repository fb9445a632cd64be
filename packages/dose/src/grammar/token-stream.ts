import type { Token } from '../scan/token.js';
import type { WorkCounter } from '../scan/work-counter.js';

/**
 * Read access to the tokens of one input. Every look at a token counts one step of work, so
 * the grammar's cost is visible to the linear-time test. Readers only look a bounded number of
 * tokens ahead of where they start.
 */
export class TokenStream {
  constructor(
    readonly tokens: readonly Token[],
    readonly work: WorkCounter,
  ) {}

  get length(): number {
    return this.tokens.length;
  }

  at(index: number): Token | undefined {
    this.work.steps++;
    return this.tokens[index];
  }

  /** True when the token is a word equal (in lower case) to one of `words`. */
  isWord(index: number, words: readonly string[]): boolean {
    const token = this.at(index);
    return token !== undefined && token.kind === 'word' && words.includes(token.lower);
  }

  isPunct(index: number, ...chars: string[]): boolean {
    const token = this.at(index);
    return token !== undefined && token.kind === 'punct' && chars.includes(token.text);
  }

  /** `21-dagarscykel`, `3-årsöverlevnaden`: a hyphen at `index` glued to the token before it and to a word after it. */
  isGluedHyphenBeforeWord(index: number): boolean {
    const hyphen = this.at(index);
    const word = this.at(index + 1);
    return hyphen?.text === '-' && !hyphen.spaceBefore && word?.kind === 'word' && !word.spaceBefore;
  }

  /** A word or a punctuation character, compared in lower case. */
  isText(index: number, text: string): boolean {
    const token = this.at(index);
    return token !== undefined && token.kind !== 'number' && token.lower === text;
  }

  /**
   * Matches one of `phrases` (each a list of lower-case tokens) at `index`; returns the index
   * after the longest match, or -1.
   */
  phrase(index: number, phrases: readonly (readonly string[])[]): number {
    // A number starts no phrase: one look instead of one per phrase, on digit-heavy text.
    const first = this.at(index);
    if (first === undefined || first.kind === 'number') return -1;
    let best = -1;
    for (const phrase of phrasesStartingWith(phrases, first.lower)) {
      let i = index;
      let matched = true;
      for (const part of phrase) {
        if (!this.isText(i, part)) {
          matched = false;
          break;
        }
        i++;
      }
      if (matched && i > best) best = i;
    }
    return best;
  }

  /** Source offset where the token at `index` starts (end of input past the last token). */
  startOf(index: number): number {
    return this.tokens[index]?.start ?? this.tokens[this.tokens.length - 1]?.end ?? 0;
  }

  endOf(index: number): number {
    return this.tokens[index]?.end ?? 0;
  }

  /** The tokens `[first, next)` as text, one space where the source had any (for findings). */
  textOf(first: number, next: number): string {
    return this.tokens
      .slice(first, next)
      .map((token) => (token.spaceBefore ? ` ${token.text}` : token.text))
      .join('')
      .trim();
  }
}

/** Lists shorter than this are scanned whole: an index of a short (often inline) list costs more than it saves. */
const INDEXED_FROM = 6;
const NO_PHRASES: readonly (readonly string[])[] = [];
const byFirstWord = new WeakMap<readonly (readonly string[])[], Map<string, (readonly string[])[]> | null>();

/**
 * The phrases of a list that can start with `word`. Readers try their cue lists at nearly every
 * token, so a long list is indexed once by its first word instead of compared phrase by phrase.
 */
function phrasesStartingWith(phrases: readonly (readonly string[])[], word: string): readonly (readonly string[])[] {
  if (phrases.length < INDEXED_FROM) return phrases;
  let index = byFirstWord.get(phrases);
  if (index === undefined) {
    index = indexByFirstWord(phrases);
    byFirstWord.set(phrases, index);
  }
  // An empty phrase matches anywhere: such a list is scanned whole.
  return index === null ? phrases : index.get(word) ?? NO_PHRASES;
}

function indexByFirstWord(phrases: readonly (readonly string[])[]): Map<string, (readonly string[])[]> | null {
  const index = new Map<string, (readonly string[])[]>();
  for (const phrase of phrases) {
    const [head] = phrase;
    if (head === undefined) return null;
    const list = index.get(head);
    if (list === undefined) index.set(head, [phrase]);
    else list.push(phrase);
  }
  return index;
}

/** What a reader found: its value and the index of the first token after it. */
export interface Match<T> {
  value: T;
  next: number;
}
