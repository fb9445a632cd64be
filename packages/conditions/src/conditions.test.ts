import fc from 'fast-check';
import jsonLogic from 'json-logic-js';
import { describe, expect, it } from 'vitest';
import { evaluate, factsOf, parseCondition, toJsonLogic, type Condition, type FactDeclaration } from './index.js';

const facts: FactDeclaration[] = [
  { id: 'mmr-status', type: 'enum', values: ['dMMR', 'pMMR'] },
  { id: 'prior-platinum', type: 'boolean', values: [true, false] },
  { id: 'months-since-platinum', type: 'number', values: [] },
  { id: 'recurrence-site', type: 'enum', values: ['vaginal-vault', 'central-pelvis', 'other'] },
];

const parse = (text: string) => {
  const result = parseCondition(text, facts);
  if (result.problem) throw new Error(`${result.problem.en} at ${result.problem.start}`);
  return result.condition;
};

describe('parseCondition', () => {
  it.each<[string, Condition]>([
    ['mmr-status är dMMR och prior-platinum är ja', { op: 'and', args: [{ op: 'is', fact: 'mmr-status', value: 'dMMR' }, { op: 'is', fact: 'prior-platinum', value: true }] }],
    ['mmr-status = pMMR and prior-platinum = yes', { op: 'and', args: [{ op: 'is', fact: 'mmr-status', value: 'pMMR' }, { op: 'is', fact: 'prior-platinum', value: true }] }],
    ['prior-platinum är nej eller months-since-platinum >= 6', { op: 'or', args: [{ op: 'is', fact: 'prior-platinum', value: false }, { op: 'compare', fact: 'months-since-platinum', comparator: '>=', value: 6 }] }],
    ['recurrence-site är en av [vaginal-vault, central-pelvis]', { op: 'oneOf', fact: 'recurrence-site', values: ['vaginal-vault', 'central-pelvis'] }],
    ['mmr-status är inte dMMR', { op: 'not', arg: { op: 'is', fact: 'mmr-status', value: 'dMMR' } }],
    ['mmr-status != dMMR', { op: 'not', arg: { op: 'is', fact: 'mmr-status', value: 'dMMR' } }],
    ['mmr-status är okänd', { op: 'unknown', fact: 'mmr-status' }],
    ['alltid', { op: 'always' }],
    ['inte (mmr-status är dMMR eller prior-platinum är ja)', { op: 'not', arg: { op: 'or', args: [{ op: 'is', fact: 'mmr-status', value: 'dMMR' }, { op: 'is', fact: 'prior-platinum', value: true }] } }],
    ['months-since-platinum > 6,5', { op: 'compare', fact: 'months-since-platinum', comparator: '>', value: 6.5 }],
  ])('reads %j', (text, expected) => {
    expect(parse(text)).toEqual(expected);
  });

  it('binds och tighter than eller', () => {
    expect(parse('mmr-status är dMMR eller mmr-status är pMMR och prior-platinum är ja')).toMatchObject({ op: 'or', args: [{ op: 'is' }, { op: 'and' }] });
  });

  it.each([
    ['mmr-status är dMMMR', 14, 19, /`dMMMR` is not a value of `mmr-status`; allowed values are `dMMR`, `pMMR`/],
    ['mmr-staus är dMMR', 0, 9, /Unknown patient fact `mmr-staus`/],
    ['prior-platinum är kanske', 18, 24, /allowed values are `ja`, `nej`/],
    ['months-since-platinum >= sex', 25, 28, /`>=` needs a number/],
    ['mmr-status är dMMR och', 22, 23, /Expected a patient fact/],
    ['(mmr-status är dMMR', 19, 20, /Expected `\)`/],
    ['mmr-status är dMMR ; prior-platinum är ja', 19, 20, /Cannot read `;`/],
    ['mmr-status dMMR', 11, 15, /Expected `är`, `=`, `<` or `>` after `mmr-status`/],
  ])('reports %j at its position', (text, start, end, message) => {
    const { problem } = parseCondition(text, facts);
    expect(problem).toMatchObject({ start, end });
    expect(problem?.en).toMatch(message);
    expect(problem?.sv.length).toBeGreaterThan(10);
  });

  it('never throws, and refuses nesting deeper than 50', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (text) => {
      parseCondition(text, facts);
    }));
    expect(parseCondition(`${'('.repeat(60)}alltid${')'.repeat(60)}`).problem?.en).toMatch(/nested too deeply/);
  });

  it('lists the facts a condition reads', () => {
    expect(factsOf(parse('prior-platinum är nej eller (months-since-platinum >= 6 och prior-platinum är ja)'))).toEqual(['prior-platinum', 'months-since-platinum']);
  });
});

describe('evaluate', () => {
  const dostarlimab = parse('mmr-status är dMMR och prior-platinum är ja');

  it('applies a rule only when every fact it needs says so', () => {
    expect(evaluate(dostarlimab, { 'mmr-status': 'dMMR', 'prior-platinum': true })).toBe(true);
    expect(evaluate(dostarlimab, { 'mmr-status': 'pMMR', 'prior-platinum': true })).toBe(false);
  });

  it('is unknown when a needed fact is missing, unless another part already decides', () => {
    expect(evaluate(dostarlimab, { 'mmr-status': 'dMMR' })).toBe('unknown');
    expect(evaluate(dostarlimab, { 'mmr-status': 'pMMR' })).toBe(false);
    expect(evaluate(parse('prior-platinum är nej eller months-since-platinum >= 6'), { 'prior-platinum': false })).toBe(true);
    expect(evaluate(parse('mmr-status är okänd'), {})).toBe(true);
    expect(evaluate(parse('mmr-status är inte dMMR'), {})).toBe('unknown');
  });

  it('agrees with the JsonLogic export whenever all facts are known', () => {
    const condition = fc.letrec<{ c: Condition }>((tie) => ({
      c: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.constant<Condition>({ op: 'always' }),
        fc.constantFrom('dMMR', 'pMMR').map<Condition>((value) => ({ op: 'is', fact: 'mmr-status', value })),
        fc.boolean().map<Condition>((value) => ({ op: 'is', fact: 'prior-platinum', value })),
        fc.tuple(fc.constantFrom<'<' | '<=' | '>' | '>='>('<', '<=', '>', '>='), fc.integer({ min: 0, max: 24 })).map<Condition>(([comparator, value]) => ({ op: 'compare', fact: 'months-since-platinum', comparator, value })),
        fc.array(tie('c'), { minLength: 1, maxLength: 3 }).map<Condition>((args) => ({ op: 'and', args })),
        fc.array(tie('c'), { minLength: 1, maxLength: 3 }).map<Condition>((args) => ({ op: 'or', args })),
        tie('c').map<Condition>((arg) => ({ op: 'not', arg })),
      ),
    })).c;
    const patient = fc.record({ 'mmr-status': fc.constantFrom('dMMR', 'pMMR'), 'prior-platinum': fc.boolean(), 'months-since-platinum': fc.integer({ min: 0, max: 30 }) });
    fc.assert(fc.property(condition, patient, (c, p) => {
      expect(jsonLogic.apply(toJsonLogic(c) as jsonLogic.RulesLogic, p)).toBe(evaluate(c, p));
    }), { numRuns: 500 });
  });
});
