import { describe, expect, it } from 'vitest';
import { applyRules } from './apply-rules.js';

describe('applyRules on facts from untyped code', () => {
  it('rejects a null facts object with a message saying what it expects', () => {
    expect(() => applyRules([], [], null as unknown as object)).toThrow('The patient facts must be an object of fact ids and values; got `null`.');
  });

  it('rejects NaN months since platinum, naming the fact', () => {
    const declarations = [{ id: 'months-since-platinum', type: 'number' as const, values: [] }];
    expect(() => applyRules([], declarations as never, { 'months-since-platinum': Number.NaN })).toThrow('`months-since-platinum` must be a finite number of at least 0');
  });

  it.each([
    ['ja', "got `'ja'`, a string"],
    ['true', "got `'true'`, a string"],
    [1, 'got `1`, a number'],
  ])('rejects %j for a yes/no fact, asking for a boolean', (value, got) => {
    const declarations = [{ id: 'prior-platinum', type: 'boolean' as const, values: [{ value: true }, { value: false }] }];
    expect(() => applyRules([], declarations as never, { 'prior-platinum': value })).toThrow(
      `\`prior-platinum\` is a yes/no fact: give \`true\` or \`false\` (the guideline's ja/nej); ${got}.`,
    );
    expect(applyRules([], declarations as never, { 'prior-platinum': true })).toEqual({ applicable: [], undetermined: [] });
  });

  it('rejects negative and infinite months, naming the fact', () => {
    const declarations = [{ id: 'months-since-platinum', type: 'number' as const, values: [] }];
    for (const months of [-1, Number.POSITIVE_INFINITY]) {
      expect(() => applyRules([], declarations as never, { 'months-since-platinum': months })).toThrow('`months-since-platinum` must be a finite number of at least 0');
    }
  });
});
