import { describe, expect, it } from 'vitest';
import { docComment, writeLiteral } from './literal.js';

describe('writeLiteral', () => {
  it('writes one property per line, quotes keys that are not identifiers, and documents chosen paths', () => {
    const literal = writeLiteral({ id: 'karpak', 'citation-number': 60, list: [1, { x: null }], empty: {}, none: [] }, (path) =>
      path.join('.') === 'list.1.x' ? 'A cell.' : undefined,
    );
    expect(literal).toBe(
      ['{', '  id: "karpak",', '  "citation-number": 60,', '  list: [', '    1,', '    {', '      /**', '       * A cell.', '       */', '      x: null,', '    },', '  ],', '  empty: {},', '  none: [],', '}'].join('\n'),
    );
  });

  it('refuses values JSON cannot hold', () => {
    expect(() => writeLiteral({ dose: Number.NaN })).toThrow(/NaN at dose/);
    expect(() => writeLiteral({ f: () => 1 })).toThrow(/function at f/);
  });
});

describe('docComment', () => {
  it('keeps guideline text from ending the comment early', () => {
    expect(docComment('a */ b\n\nc')).toBe('/**\n * a *\\/ b\n *\n * c\n */');
  });
});
