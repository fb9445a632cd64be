import { describe, expect, it } from 'vitest';
import { readChapterLayout } from './sections.js';

const text = (lines: string[]): string => lines.join('\n');

describe('readChapterLayout', () => {
  it('reads the chapter title, numbered sections, the recommendation box and paragraphs', () => {
    const layout = readChapterLayout(
      text([
        'Till sidinnehåll', '', 'Behandling av återfall', '', 'Rekommendationer', '',
        '  • Första. (+++)', '  • Andra.', '', 'Inledning.', '', '13.1', '', 'Bilddiagnostik', '', 'Text.',
        '', '13.1.1', '', 'Under', '', '13.2', '', 'Kirurgi', '', 'Mer text.',
      ]),
      { chapter: '13' },
    );
    expect(layout.blocks).toEqual([
      { kind: 'heading', number: '13', title: 'Behandling av återfall', line: 3 },
      { kind: 'recommendations', title: 'Rekommendationer', items: [{ line: 7, text: 'Första. (+++)' }, { line: 8, text: 'Andra.' }], line: 5 },
      { kind: 'paragraph', text: 'Inledning.', line: 10 },
      { kind: 'heading', number: '13.1', title: 'Bilddiagnostik', line: 12 },
      { kind: 'paragraph', text: 'Text.', line: 16 },
      { kind: 'heading', number: '13.1.1', title: 'Under', line: 18 },
      { kind: 'heading', number: '13.2', title: 'Kirurgi', line: 22 },
      { kind: 'paragraph', text: 'Mer text.', line: 26 },
    ]);
    expect(layout.skipped).toEqual([{ line: 1, message: '"Till sidinnehåll" (web-page chrome, not chapter text)' }]);
    expect(layout.issues).toEqual([]);
  });

  it('keeps non-breaking spaces and handles CRLF line ends', () => {
    const layout = readChapterLayout('Titel\r\n\r\npaklitaxel (175\u00a0mg/m2)  \r\n', { chapter: '1' });
    expect(layout.blocks[1]).toEqual({ kind: 'paragraph', text: 'paklitaxel (175\u00a0mg/m2)', line: 3 });
  });

  it.each([
    [['Titel', '', '14.1', '', 'Fel kapitel'], 'section 14.1 does not belong to chapter 13'],
    [['Titel', '', '13.2', '', 'Hoppar över 13.1'], 'section 13.2 follows 13; expected 13.1'],
    [['Titel', '', '13.1.1', '', 'Saknar förälder'], 'section 13.1.1 has no parent section 13.1'],
    [['Titel', '', '13.1'], 'section number 13.1 is not followed by a one-line title; kept as a paragraph'],
    [['Titel', '', 'Rekommendationer', '', 'Ingen punktlista.'], '"Rekommendationer" is not followed by • bullets; kept as a paragraph'],
    [['Titel', '', '• lös punkt'], '• bullets outside a recommendation box; written as a plain list'],
    [['Titel', '', 'rad ett', 'rad två'], 'paragraph spans 2 lines; joined with spaces'],
  ])('reports layout problems: %j', (lines, message) => {
    expect(readChapterLayout(text(lines), { chapter: '13' }).issues.map((i) => i.message)).toEqual([message]);
  });

  it('skips extra chrome lines only when asked to', () => {
    const lines = text(['Skriv ut sidan', '', 'Titel']);
    expect(readChapterLayout(lines, { chapter: '1' }).blocks[0]).toMatchObject({ title: 'Skriv ut sidan' });
    expect(readChapterLayout(lines, { chapter: '1', chromeLines: ['Skriv ut sidan'] }).blocks[0]).toMatchObject({ title: 'Titel' });
  });
});
