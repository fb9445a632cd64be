import { describe, expect, it } from 'vitest';
import { checkValue, type FactDeclaration } from './fact-declaration.js';

const months: FactDeclaration = { id: 'months-since-platinum', type: 'number', values: [] };
const platinum: FactDeclaration = { id: 'prior-platinum', type: 'boolean', values: [true, false] };

describe('patient fact values', () => {
  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -3])('rejects %s months since platinum, naming the fact', (value) => {
    expect(checkValue(months, value)?.en).toContain('`months-since-platinum` must be a finite number of at least 0');
  });

  it('accepts 0 and 6,5 months', () => {
    expect(checkValue(months, 0)).toBeNull();
    expect(checkValue(months, 6.5)).toBeNull();
  });

  it('rejects a string where a boolean is declared, naming the fact and the allowed values', () => {
    expect(checkValue(platinum, 'true')?.en).toBe('`true` is not a value of `prior-platinum`; allowed values are `ja`, `nej`.');
  });
});
