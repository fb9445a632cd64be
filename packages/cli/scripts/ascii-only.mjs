// Makes a bundle's source ASCII-only, so that V8 keeps it as a one-byte string. esbuild escapes
// non-ASCII characters in strings, but not in comments and regular expression literals, and one
// such character makes Node.js decode the whole file into a two-byte string. Measured on the
// chapter (2026-12-03, 25 alternating runs of `check` with an empty parse cache): about 10 % less
// wall and CPU time; see BENCHMARKS.md. Used by this package's and the language server's bundle.mjs.

/**
 * Every non-ASCII UTF-16 code unit written as `\uXXXX`. That escape means the same character in
 * a string, a template, a regular expression (with or without the `u` flag, a surrogate pair as
 * one code point) and an identifier, and is plain text in a comment. Only a template's raw text
 * (`String.raw`) would differ, and the bundles use none (checked here). The source map's columns
 * after the first escaped character of such a line are off by five per character: only comments
 * and a few regular expressions hold one.
 */
export function asciiOnly(code) {
  if (code.includes('String.raw')) throw new Error('ascii-only.mjs: the bundle uses String.raw, whose raw text escaping would change');
  return code.replace(/[^\x00-\x7f]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
