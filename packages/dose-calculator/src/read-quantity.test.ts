import { describe, expect, it } from 'vitest';
import { readQuantity } from './read-quantity.js';
import { weightSpec } from './patient-values.js';
import { flatDoseSpec } from './dose-amounts.js';
import { expectRejection } from './test-support/expect-rejection.js';

const readWeight = (input: unknown) => () => readQuantity(input, weightSpec);

describe('readQuantity', () => {
  it('converts to the unit the calculator works in and keeps what was given', () => {
    expect(readQuantity({ value: 154.3, unit: '[lb_av]' }, weightSpec)).toEqual({
      quantity: { value: expect.closeTo(69.9893, 4), unit: 'kg' },
      given: { value: 154.3, unit: '[lb_av]' },
    });
  });

  it('rejects what is not a value with a unit', () => {
    expectRejection(readWeight(70), 'not-a-quantity', 'weight', ['`70`', "unit: 'kg'"]);
    expectRejection(readWeight(null), 'not-a-quantity', 'weight', ['`null`']);
    expectRejection(readWeight({ value: 70 }), 'not-a-quantity', 'weight', ['`{"value":70}`']);
  });

  it.each([NaN, Infinity, -Infinity])('rejects the non-finite number %s', (value) => {
    expectRejection(readWeight({ value, unit: 'kg' }), 'not-finite', 'weight', [`\`${value} kg\``]);
  });

  it('rejects a number given as text', () => {
    expectRejection(readWeight({ value: '70', unit: 'kg' }), 'not-finite', 'weight', ['`"70" kg`']);
  });

  it('rejects a unit that is not a UCUM code, suggesting the code for a unit name', () => {
    expectRejection(readWeight({ value: 154, unit: 'lb' }), 'unknown-unit', 'weight', ['`lb`', '`[lb_av]`']);
    expectRejection(readWeight({ value: 70, unit: 'KG' }), 'unknown-unit', 'weight', ['`KG`']);
    expectRejection(readWeight({ value: 70, unit: 'kilogram' }), 'unknown-unit', 'weight', ['`kilogram`', '`kg`?']);
    expectRejection(readWeight({ value: 70, unit: '' }), 'unknown-unit', 'weight', ['``']);
    expectRejection(readWeight({ value: 70, unit: 7 }), 'unknown-unit', 'weight', ['`7`']);
  });

  it('rejects a unit with an annotation, which UCUM reads as 1', () => {
    expectRejection(readWeight({ value: 70, unit: 'kg{body}' }), 'annotated-unit', 'weight', ['`kg{body}`', '`{body}`']);
  });

  it('rejects a unit of another dimension: weight in cm', () => {
    expectRejection(readWeight({ value: 70, unit: 'cm' }), 'wrong-unit', 'weight', ['`cm`', '`kg`']);
    // Mass and amount of substance are not convertible without a molecular weight.
    expectRejection(readWeight({ value: 70, unit: 'mol' }), 'wrong-unit', 'weight', ['`mol`']);
  });

  it('rejects zero and negative values', () => {
    expectRejection(readWeight({ value: 0, unit: 'kg' }), 'not-positive', 'weight', ['`0 kg`']);
    expectRejection(readWeight({ value: -70, unit: 'kg' }), 'not-positive', 'weight', ['`-70 kg`']);
  });

  it('rejects a value that overflows or underflows when converted', () => {
    expectRejection(() => readQuantity({ value: 1e308, unit: 'kg' }, flatDoseSpec), 'not-finite', 'dose', ['`1e+308 kg`']);
    expectRejection(() => readQuantity({ value: 1e-320, unit: 'ug' }, flatDoseSpec), 'not-positive', 'dose', ['`1e-320 ug`']);
  });
});
