import { describe, expect, it } from 'vitest';
import { headingLine, markdownHazards, renderChapter } from './to-markdown.js';

describe('renderChapter', () => {
  it('writes front matter, numbered headings, the box as a directive, one paragraph per line', () => {
    const md = renderChapter({ chapter: 13, title: 'Behandling av återfall', 'imported-from': 'original/kapitel-13.txt' }, [
      { kind: 'heading', number: '13', title: 'Behandling av återfall', line: 3 },
      { kind: 'recommendations', title: 'Rekommendationer', items: [{ line: 7, text: 'Första. (+++)' }, { line: 8, text: 'Andra.' }], line: 5 },
      { kind: 'heading', number: '13.3.2.1', title: 'Immunterapi', line: 9 },
      { kind: 'paragraph', text: 'Lång text [@83; @153]. Och mer.', line: 10 },
      { kind: 'list', items: [{ line: 12, text: 'punkt' }], line: 12 },
    ]);
    expect(md).toBe(
      [
        '---', 'chapter: 13', 'title: Behandling av återfall', 'imported-from: original/kapitel-13.txt', '---', '',
        '# 13 Behandling av återfall', '',
        ':::recommendations[Rekommendationer]', '- Första. (+++)', '- Andra.', ':::', '',
        '#### 13.3.2.1 Immunterapi', '',
        'Lång text [@83; @153]. Och mer.', '',
        '- punkt', '',
      ].join('\n'),
    );
  });

  it.each([
    ['13', '# 13 T'],
    ['13.1', '## 13.1 T'],
    ['13.4.2.3', '#### 13.4.2.3 T'],
  ])('gives section %s a heading as deep as its number', (number, line) => {
    expect(headingLine(number, 'T')).toBe(line);
  });
});

describe('markdownHazards', () => {
  it.each([
    '# inte en rubrik',
    '> inte ett citat',
    '- inte en lista',
    '1. inte en lista',
    'en *betonad* text',
    'snake_case',
    'en [hakparentes]',
    'en <b>tagg</b>',
    '&amp;',
  ])('reports %j', (text) => {
    expect(markdownHazards(text, 7)).toEqual([expect.objectContaining({ line: 7 })]);
  });

  it.each([
    'sjukdom [@83; @153; @154].',
    '(< 5 mm) och >grad 1 och +/- pembrolizumab',
    'var 3:e vecka',
    '76 % rapporterade biverkningar',
  ])('accepts %j', (text) => {
    expect(markdownHazards(text, 1)).toEqual([]);
  });
});
