/** A word, number, quoted value or symbol of the condition language, with its place in the text. */
export interface Token {
  kind: 'word' | 'number' | 'symbol' | 'end';
  text: string;
  start: number;
  end: number;
}

const tokenPattern = /\s*(?:(\d+(?:[.,]\d+)?)(?![\p{L}\d])|([\p{L}_][\p{L}\p{N}_+/-]*)|("[^"]*")|(<=|>=|!=|[=<>(),[\]]))/uy;

/** Splits a condition into tokens; returns the offset of the first character it cannot read. */
export function tokenize(text: string): { tokens: Token[]; badAt: number | null } {
  const tokens: Token[] = [];
  tokenPattern.lastIndex = 0;
  let at = 0;
  while (at < text.length) {
    if (/^\s*$/.test(text.slice(at))) break;
    tokenPattern.lastIndex = at;
    const match = tokenPattern.exec(text);
    if (!match) return { tokens, badAt: at + (text.slice(at).length - text.slice(at).trimStart().length) };
    const [whole, number, word, quoted, symbol] = match;
    const end = at + whole.length;
    const value = number ?? word ?? quoted ?? symbol ?? '';
    const start = end - value.length;
    if (number !== undefined) tokens.push({ kind: 'number', text: number.replace(',', '.'), start, end });
    else if (quoted !== undefined) tokens.push({ kind: 'word', text: quoted.slice(1, -1), start, end });
    else tokens.push({ kind: word !== undefined ? 'word' : 'symbol', text: value, start, end });
    at = end;
  }
  tokens.push({ kind: 'end', text: '', start: text.length, end: text.length });
  return { tokens, badAt: null };
}
