/** A word (letters only), a number (with its value) or a single punctuation character. */
export interface Token {
  kind: 'word' | 'number' | 'punct';
  /** Exact source text. */
  text: string;
  /** NFC-normalised lower case text, used for matching. */
  lower: string;
  /** Numeric value of a number token; NaN for other tokens. */
  value: number;
  start: number;
  end: number;
  /** Whitespace stands between the previous token and this one. */
  spaceBefore: boolean;
}

/** Dashes that join the ends of a range: en dash, hyphen-minus, em dash, minus sign. */
export const RANGE_DASHES = ['–', '-', '—', '−'];
