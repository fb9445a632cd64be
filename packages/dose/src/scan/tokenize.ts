import type { Token } from './token.js';
import type { WorkCounter } from './work-counter.js';

/**
 * Splits prose into words, numbers and punctuation in one left-to-right pass. Every character
 * is looked at a bounded number of times (counted in `work`), so the pass is linear.
 *
 * Numbers: decimal comma or point (`13,1`), thousands groups separated by a space, a
 * no-break space or a narrow no-break space (`1 000`). Letters and digits that touch are
 * separate tokens (`AUC5`, `MPA160`, `m2`). Pandoc citation groups (`[@175; @176]`) are
 * skipped entirely: they are never part of a dose.
 */
export function tokenize(text: string, work: WorkCounter): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let spaceBefore = false;
  while (i < text.length) {
    work.steps++;
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      spaceBefore = true;
      i++;
      continue;
    }
    const start = i;
    if (code === 0x5b /* [ */ && text.charCodeAt(i + 1) === 0x40 /* @ */) {
      const close = findCitationEnd(text, i + 2, work);
      if (close !== -1) {
        i = close + 1;
        spaceBefore = true;
        continue;
      }
    }
    if (isDigit(code)) {
      i = scanNumber(text, i, work, !gluedToName(text, start));
      const raw = text.slice(start, i);
      tokens.push(makeToken('number', raw, start, i, spaceBefore, numberValue(raw)));
    } else if (isLetterAt(text, i)) {
      while (i < text.length && isLetterAt(text, i)) {
        work.steps++;
        i += charLength(text, i);
      }
      tokens.push(makeToken('word', text.slice(start, i), start, i, spaceBefore, Number.NaN));
    } else {
      i += charLength(text, i);
      tokens.push(makeToken('punct', text.slice(start, i), start, i, spaceBefore, Number.NaN));
    }
    spaceBefore = false;
  }
  return tokens;
}

function makeToken(
  kind: Token['kind'],
  text: string,
  start: number,
  end: number,
  spaceBefore: boolean,
  value: number,
): Token {
  return { kind, text, lower: (hasCombiningMark(text) ? text.normalize('NFC') : text).toLowerCase(), value, start, end, spaceBefore };
}

/** Whether a word has combining marks (`å` as a + ring) to compose; most have none, and normalising costs. */
function hasCombiningMark(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x0300 && code <= 0x036f) return true;
  }
  return false;
}

/**
 * `B12 100 mg`, `VP-16 100 mg/m2`: digits glued to a letter, or to a hyphen glued to one, end a
 * name; the group of three digits after them is the next number, not a thousands group.
 */
function gluedToName(text: string, at: number): boolean {
  const before = text.charAt(at - 1);
  if (before === '-') return LETTER.test(text.charAt(at - 2));
  return LETTER.test(before);
}

const LETTER = /\p{L}/u;

/** Digits, then thousands groups (`1 000`) when `grouped`, then a decimal part (`13,1`). */
function scanNumber(text: string, from: number, work: WorkCounter, grouped: boolean): number {
  let i = skipDigits(text, from, work);
  // A thousands group is exactly three digits after a space, and only after 1–3 digits.
  if (grouped && i - from <= 3) {
    while (isSpace(text.charCodeAt(i)) && isThousandsGroup(text, i + 1)) {
      work.steps += 4;
      i += 4;
    }
  }
  const separator = text.charCodeAt(i);
  if ((separator === 0x2c || separator === 0x2e) && isDigit(text.charCodeAt(i + 1))) {
    i = skipDigits(text, i + 1, work);
  }
  return i;
}

function isThousandsGroup(text: string, at: number): boolean {
  return (
    isDigit(text.charCodeAt(at)) &&
    isDigit(text.charCodeAt(at + 1)) &&
    isDigit(text.charCodeAt(at + 2)) &&
    !isDigit(text.charCodeAt(at + 3))
  );
}

function skipDigits(text: string, from: number, work: WorkCounter): number {
  let i = from;
  while (isDigit(text.charCodeAt(i))) {
    work.steps++;
    i++;
  }
  return i;
}

function numberValue(raw: string): number {
  let normalised = '';
  for (const char of raw) {
    if (char === ',') normalised += '.';
    else if (char >= '0' && char <= '9') normalised += char;
    else if (char === '.') normalised += '.';
  }
  return Number(normalised);
}

/** Finds the `]` closing a citation group; gives up at a newline, another `[`, or 200 chars. */
function findCitationEnd(text: string, from: number, work: WorkCounter): number {
  const limit = Math.min(text.length, from + 200);
  for (let i = from; i < limit; i++) {
    work.steps++;
    const code = text.charCodeAt(i);
    if (code === 0x5d /* ] */) return i;
    if (code === 0x5b /* [ */ || code === 0x0a) return -1;
  }
  return -1;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

function isLetterAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) return true;
  if (code < 0x80 || Number.isNaN(code)) return false;
  const point = text.codePointAt(at);
  return point !== undefined && LETTER_OR_MARK.test(String.fromCodePoint(point));
}

function charLength(text: string, at: number): number {
  const point = text.codePointAt(at);
  return point !== undefined && point > 0xffff ? 2 : 1;
}
