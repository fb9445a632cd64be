import { describe, expect, it } from 'vitest';
import { flatDose } from './flat-dose.js';
import { expectRejection } from './test-support/expect-rejection.js';

describe('flatDose', () => {
  it('returns the dose in mg', () => {
    expect(flatDose({ dose: { value: 8, unit: 'mg' } })).toEqual({ value: 8, unit: 'mg', kind: 'flat' });
    expect(flatDose({ dose: { value: 1.2, unit: 'g' } })).toEqual({ value: 1200, unit: 'mg', kind: 'flat' });
  });

  it('rejects a negative dose', () => {
    expectRejection(() => flatDose({ dose: { value: -8, unit: 'mg' } }), 'not-positive', 'dose', ['`-8 mg`']);
  });
});
