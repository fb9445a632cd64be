import { ts } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { literalExpression } from './literal-expression.js';
import { printNode } from './print-node.js';

/** The value a printed literal evaluates to, as JavaScript would read the generated module. */
function evaluate(text: string): unknown {
  return new Function(`return (${text});`)() as unknown;
}

function syntaxErrors(text: string): string[] {
  const file = ts.createSourceFile('check.ts', `export const x = ${text};`, ts.ScriptTarget.Latest);
  return (file as unknown as { parseDiagnostics: readonly ts.Diagnostic[] }).parseDiagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

const hostile = [
  'backtick ` and template ${process.exit(1)} and `${`',
  'ends a comment */ and opens one /* and //',
  "quotes ' \" and backslashes \\ \\n \\u2028",
  'line\nbreaks\r\nand\ttabs and \u0000 nul',
  'separators \u2028 and \u2029 (line and paragraph)',
  'Swedish åäö ÅÄÖ, µg, ≥ 10 mg/m², emoji 🧪, lone surrogate \ud800',
  '</script><!-- -->',
];

describe('literalExpression', () => {
  it('round-trips hostile strings exactly, as values and as keys', () => {
    const value = { strings: hostile, keys: Object.fromEntries(hostile.map((text, index) => [text, index])) };
    const text = printNode(literalExpression(value));
    expect(syntaxErrors(text)).toEqual([]);
    expect(evaluate(text)).toEqual(value);
  });

  it('keeps Swedish text readable instead of escaping it', () => {
    expect(printNode(literalExpression('Behandling av återfall'))).toBe('"Behandling av återfall"');
  });

  it('round-trips numbers, null, booleans, nesting and empty containers', () => {
    const value = { n: [0, -0, -1.5, 1e21, 5e-7, Number.MAX_SAFE_INTEGER], z: null, t: true, f: false, e: {}, a: [], deep: [[{ x: [{}] }]] };
    expect(evaluate(printNode(literalExpression(value)))).toEqual({ ...value, n: [0, 0, -1.5, 1e21, 5e-7, Number.MAX_SAFE_INTEGER] });
  });

  it('publishes a __proto__ key as an own property, not as the prototype', () => {
    const value = JSON.parse('{"__proto__": {"polluted": true}, "ok": 1}') as Record<string, unknown>;
    const result = evaluate(printNode(literalExpression(value))) as Record<string, unknown>;
    expect(Object.keys(result)).toEqual(['__proto__', 'ok']);
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
  });

  it('writes the JSDoc that docFor gives, and guideline text cannot end the comment early', () => {
    const text = printNode(literalExpression({ cell: 'x', list: ['a'] }, (path) => (path.join('.') === 'cell' ? 'A cell */ alert(1) /*\n\nSecond paragraph.' : path.join('.') === 'list.0' ? 'First item.' : undefined)));
    expect(text).toContain('/**\n     * A cell *\\/ alert(1) /*\n     *\n     * Second paragraph.\n     */\n    cell: "x"');
    expect(text).toContain('/**\n         * First item.\n         */\n        "a"');
    expect(syntaxErrors(text)).toEqual([]);
    expect(evaluate(text)).toEqual({ cell: 'x', list: ['a'] });
  });

  it('refuses values JSON cannot hold, naming where they are', () => {
    expect(() => literalExpression({ dose: Number.NaN })).toThrow(/NaN at dose/);
    expect(() => literalExpression({ doses: [1, Infinity] })).toThrow(/Infinity at doses.1/);
    expect(() => literalExpression({ f: () => 1 })).toThrow(/function at f/);
    expect(() => literalExpression({ n: 10n })).toThrow(/bigint at n/);
  });
});
