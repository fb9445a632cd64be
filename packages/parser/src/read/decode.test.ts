import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '@guideline-as-code/types';
import { decodeSource } from './decode.js';

const decode = (bytes: Uint8Array) => {
  const diagnostics: Diagnostic[] = [];
  const text = decodeSource('g/13.md', bytes, diagnostics);
  return { text, found: diagnostics.map((d) => `${d.source?.start.line}:${d.source?.start.column} ${d.ruleId}`) };
};
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeSource', () => {
  it('drops a UTF-8 byte-order mark, so the first heading is still a heading at column 1', () => {
    expect(decode(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('# 13 Å\n')]))).toEqual({ text: '# 13 Å\n', found: [] });
  });

  it('reports the first byte that is not UTF-8 and keeps the rest of the text', () => {
    const { text, found } = decode(Uint8Array.from([...utf8('# 13\n\nUppf'), 0xf6, ...utf8('ljning [@1].\n')]));
    expect(found).toEqual(['3:5 encoding']);
    expect(text).toBe('# 13\n\nUppf\uFFFDljning [@1].\n');
  });

  it('reports NUL and other control characters once, at the first, with their count', () => {
    const diagnostics: Diagnostic[] = [];
    decodeSource('g/13.md', utf8('# 13\n\nA\u0000B\u0008C\tD\fE\r\n'), diagnostics);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ ruleId: 'control-character', source: { start: { line: 3, column: 2 } } });
    expect(diagnostics[0]!.message.en).toMatch(/2 control character\(s\) such as NUL \(U\+0000\)/);
  });

  it('accepts tab, form feed and both kinds of line ending', () => {
    expect(decode(utf8('a\tb\fc\r\nd\re\n')).found).toEqual([]);
  });
});
