// Tests of scripts/ascii-only.mjs: escaping a bundle's non-ASCII characters must not change what
// any of its code does, and the built bundles must come out ASCII-only.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the build scripts, without types.
import { asciiOnly } from './ascii-only.mjs';

const escape = asciiOnly as (code: string) => string;

/** Runs a snippet of code (its last expression is `return`ed) as the bundle would run it. */
function run(code: string): unknown {
  return new Function(code)();
}

describe('asciiOnly', () => {
  it('keeps what strings, templates, regular expressions and identifiers mean', () => {
    const code = [
      '// En kommentar om överlevnad och µg 🪦',
      'const vård = "behandlingstillfälle";',
      'const mall = `dag 1–5 ${vård}`;',
      'const ord = /(?<![\\p{L}])(?:osteopor|benskör)/iu;',
      'const klass = /[+⊕○◯]+/;',
      'const astral = /🪦/u;',
      'return [vård, mall, ord.test("Vid benskörhet"), ord.test("xbenskör"), klass.exec("(⊕⊕○)")?.[0], astral.test("a🪦b"), "åäö".length];',
    ].join('\n');
    const escaped = escape(code);
    expect(/[^\x00-\x7f]/.test(escaped)).toBe(false);
    expect(run(escaped)).toEqual(run(code));
    expect(run(escaped)).toEqual(['behandlingstillfälle', 'dag 1–5 behandlingstillfälle', true, false, '⊕⊕○', true, 3]);
  });

  it('refuses a bundle that uses String.raw, whose raw text would change', () => {
    expect(() => escape('const s = String.raw`ö`;')).toThrow(/String\.raw/);
  });

  it('the built bundle is ASCII-only (the language server checks its own)', () => {
    const bytes = readFileSync(fileURLToPath(new URL('../dist/guideline.cjs', import.meta.url)));
    expect(bytes.every((byte) => byte < 0x80)).toBe(true);
  });
});
