import type { Range } from '../dose-types.js';

const NO_BREAK_SPACE = '\u00a0';

/**
 * A number as Swedish prose writes it: decimal comma, thousands separated by a no-break space
 * (`1 000`, `13,1`). Uses the shortest text that reads back as the same number.
 */
export function formatNumber(value: number): string {
  const plain = String(value);
  if (/e/i.test(plain)) return plain.replace('.', ',');
  const [integer = '', fraction] = plain.split('.');
  const sign = integer.startsWith('-') ? '-' : '';
  const digits = sign === '' ? integer : integer.slice(1);
  let grouped = digits;
  if (digits.length > 4) {
    grouped = '';
    for (let i = digits.length; i > 0; i -= 3) {
      const group = digits.slice(Math.max(0, i - 3), i);
      grouped = grouped === '' ? group : group + NO_BREAK_SPACE + grouped;
    }
  } else if (digits.length === 4) {
    grouped = `${digits.charAt(0)}${NO_BREAK_SPACE}${digits.slice(1)}`;
  }
  return sign + grouped + (fraction === undefined ? '' : `,${fraction}`);
}

/** `175` or `175–200` (en dash). */
export function formatRange(range: Range): string {
  return range.low === range.high ? formatNumber(range.low) : `${formatNumber(range.low)}–${formatNumber(range.high)}`;
}
