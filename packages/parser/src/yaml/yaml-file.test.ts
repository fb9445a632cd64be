import { describe, expect, it } from 'vitest';
import { readYaml } from './yaml-file.js';

const findings = (text: string) => readYaml('g/x.yaml', text).diagnostics.map((d) => `${d.source?.start.line}:${d.source?.start.column} ${d.ruleId}`);

describe('readYaml', () => {
  it('reports syntax errors, duplicate keys and prototype keys at their line and column', () => {
    expect(findings('a: [1\nb: 2\n')).not.toEqual([]);
    expect(findings('a: 1\na: 2\n')).toEqual(['2:1 yaml-syntax']);
    expect(findings('a: 1\n__proto__:\n  x: 1\nb:\n  constructor: 2\n')).toEqual(['2:1 yaml-forbidden-key', '5:3 yaml-forbidden-key']);
  });

  it('leaves prototype keys out of the value, also in JSON-style flow mappings', () => {
    const read = readYaml('g/x.json', '{"rules": {"__proto__": {"polluted": true}, "a": "off"}}');
    expect(read.value).toEqual({ rules: { a: 'off' } });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('reports a key that is a list or a mapping instead of letting the YAML library warn on the console', () => {
    const read = readYaml('g/x.yaml', 'title: T\n? {a: 1}\n: x\n');
    expect(read.diagnostics.map((d) => `${d.source?.start.line}:${d.source?.start.column} ${d.ruleId}`)).toEqual(['2:3 yaml-syntax']);
    expect(read.value).toEqual({ title: 'T' });
  });

  it('never throws, also on an alias bomb', () => {
    const bomb = 'a: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\nd: &d [*c, *c]\ne: &e [*d, *d]\nf: &f [*e, *e]\ng: &g [*f, *f]\nh: [*g, *g]\n';
    expect(() => readYaml('g/x.yaml', bomb)).not.toThrow();
  });
});
