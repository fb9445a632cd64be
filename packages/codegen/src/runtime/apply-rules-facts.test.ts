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
});
