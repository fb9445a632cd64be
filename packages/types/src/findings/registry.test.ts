import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../diagnostic.js';
import { findingDefinition, findingIds, findingRegistry, isFindingId, registeredFindingId } from './registry.js';

describe('the registry of finding ids', () => {
  it.each(findingIds)('%s is kebab-case and documented in both languages', (id) => {
    expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    const { summary, why } = findingRegistry[id];
    for (const text of [summary, why]) {
      expect(text.en.length).toBeGreaterThan(20);
      expect(text.sv.length).toBeGreaterThan(20);
      expect(text.sv).not.toBe(text.en);
    }
  });

  it('knows registered ids and the kinds of a family, and nothing else', () => {
    expect(['dose-range', 'unused-suppression', 'schema', 'schema:required', 'schema:additionalProperties', 'encoding'].filter((id) => !isFindingId(id))).toEqual([]);
    const unknown = ['dose-out-of-range', 'dose-range:kind', 'schema:', 'schema:two words', '', 'constructor', '__proto__', 'toString', 'Dose-Range'];
    expect(unknown.filter((id) => isFindingId(id))).toEqual([]);
  });

  it('gives a kind of a family the family’s entry', () => {
    expect(registeredFindingId('schema:required')).toBe('schema');
    expect(findingDefinition('schema:required')).toBe(findingRegistry.schema);
    expect(findingDefinition('dose-range').origin).toBe('rule');
  });

  it('types Diagnostic.ruleId: an unregistered id does not compile (checked by tsc)', () => {
    // @ts-expect-error: `dose-out-of-range` is not registered (it is `dose-range`).
    const unregistered: Diagnostic['ruleId'] = 'dose-out-of-range';
    // @ts-expect-error: only a family such as `schema` has kinds.
    const notAFamily: Diagnostic['ruleId'] = 'dose-range:high';
    const kind: Diagnostic['ruleId'] = 'schema:required';
    expect([unregistered, notAFamily, kind].map(isFindingId)).toEqual([false, false, true]);
  });

  it('has one id for one finding: the dose grammar and the checks rule share dose-range', () => {
    expect(findingRegistry['dose-range'].origin).toBe('rule');
    expect(isFindingId('dose-out-of-range')).toBe(false);
  });
});
