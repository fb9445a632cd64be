import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '@guideline-as-code/parser';
import { ignoreComment } from './ignore-comment.js';

/** The text with the comment for the finding on the `nth` occurrence of `finding` inserted. */
function acknowledge(text: string, finding: string, nth = 0, rule = 'dose-range'): string | null {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(finding, start + 1);
  const comment = ignoreComment(text, parseMarkdown(text), rule, start, start + finding.length, 'ANGE SKÄL');
  return comment && text.slice(0, comment.offset) + comment.newText + text.slice(comment.offset);
}

describe('ignoreComment', () => {
  it('goes on its own line before the paragraph and quotes the finding', () => {
    const text = '# 13 Titel\n\nFörsta stycket.\n\nGe paklitaxel 80 mg/m2 veckovis.\n';
    expect(acknowledge(text, '80 mg/m2 veckovis')).toBe(
      '# 13 Titel\n\nFörsta stycket.\n\n<!-- guideline-ignore dose-range "80 mg/m2 veckovis": ANGE SKÄL -->\nGe paklitaxel 80 mg/m2 veckovis.\n',
    );
  });

  it('goes on its own line indented under the bullet that holds the finding, after its text or its ::villkor line', () => {
    const box = '# 13 Titel\n\n:::recommendations[R]\n- Första.\n  ::villkor[alltid]{#a}\n- Ge 60 mg/m2.\n  ::villkor[alltid]{#b}\n- Sista.\n:::\n';
    expect(acknowledge(box, '60 mg/m2')).toBe(
      '# 13 Titel\n\n:::recommendations[R]\n- Första.\n  ::villkor[alltid]{#a}\n- Ge 60 mg/m2.\n  ::villkor[alltid]{#b}\n  <!-- guideline-ignore dose-range "60 mg/m2": ANGE SKÄL -->\n- Sista.\n:::\n',
    );
    const list = '# 13 Titel\n\n1. Ge 60 mg/m2.\n2. Sista.\n';
    expect(acknowledge(list, '60 mg/m2')).toBe('# 13 Titel\n\n1. Ge 60 mg/m2.\n   <!-- guideline-ignore dose-range "60 mg/m2": ANGE SKÄL -->\n2. Sista.\n');
  });

  it('goes under the outer bullet, after its inner list, and stays part of that bullet when parsed', () => {
    const text = '# 13 Titel\n\n:::recommendations[R]\n- Första.\n  - Ge 60 mg/m2.\n- Andra.\n:::\n';
    const acknowledged = acknowledge(text, '60 mg/m2')!;
    expect(acknowledged).toBe('# 13 Titel\n\n:::recommendations[R]\n- Första.\n  - Ge 60 mg/m2.\n  <!-- guideline-ignore dose-range "60 mg/m2": ANGE SKÄL -->\n- Andra.\n:::\n');
    const box = parseMarkdown(acknowledged).children[1] as { children: { type: string; children?: { children: { type: string }[] }[] }[] };
    const bullets = box.children.find((child) => child.type === 'list')!.children!;
    expect(bullets).toHaveLength(2);
    expect(bullets[0]!.children.map((child) => child.type)).toEqual(['paragraph', 'list', 'html']);
  });

  it('goes before a block quote that holds the bullet, where a line under the bullet would need the quote marks', () => {
    const text = '# 13 Titel\n\n> - Ge 60 mg/m2.\n';
    expect(acknowledge(text, '60 mg/m2')).toBe('# 13 Titel\n\n<!-- guideline-ignore dose-range "60 mg/m2": ANGE SKÄL -->\n> - Ge 60 mg/m2.\n');
  });

  it('leaves the quote out when the same words stand earlier in the block, where the quote would land', () => {
    const text = '# 13 Titel\n\nFörst 60 mg/m2, sedan 60 mg/m2.\n';
    expect(acknowledge(text, '60 mg/m2', 1)).toContain('<!-- guideline-ignore dose-range: ANGE SKÄL -->\nFörst');
    expect(acknowledge(text, '60 mg/m2', 0)).toContain('"60 mg/m2"');
  });

  it('cuts the quote before a quotation mark or a line break, which the comment cannot hold', () => {
    const text = '# 13 Titel\n\nGe 60 mg/m2 "enligt" schema\noch mer.\n';
    expect(acknowledge(text, '60 mg/m2 "enligt"')).toContain('"60 mg/m2": ANGE SKÄL');
    expect(acknowledge(text, 'schema\noch')).toContain('"schema": ANGE SKÄL');
    expect(acknowledge(text, '"enligt"')).toContain('<!-- guideline-ignore dose-range: ANGE SKÄL -->');
  });

  it('keeps the file’s line endings and rule ids with a colon', () => {
    const text = '# 13 Titel\r\n\r\nGe 60 mg/m2.\r\n';
    expect(acknowledge(text, '60 mg/m2', 0, 'schema:required')).toBe('# 13 Titel\r\n\r\n<!-- guideline-ignore schema:required "60 mg/m2": ANGE SKÄL -->\r\nGe 60 mg/m2.\r\n');
    expect(acknowledge('# 13 Titel\r\n\r\n- Ge 60 mg/m2.\r\n', '60 mg/m2')).toBe('# 13 Titel\r\n\r\n- Ge 60 mg/m2.\r\n  <!-- guideline-ignore dose-range "60 mg/m2": ANGE SKÄL -->\r\n');
  });

  it('offers nothing for front matter or an empty file, where a comment cannot go', () => {
    expect(acknowledge('---\nchapter: 13\n---\n# 13 Titel\n', 'chapter')).toBeNull();
    expect(ignoreComment('', parseMarkdown(''), 'x', 0, 0, 'ANGE SKÄL')).toBeNull();
  });
});
