/**
 * Reads the layout of the plain-text chapter: which lines are headings, which form the
 * recommendation box, which are paragraphs, and which are web-page chrome.
 *
 * The published text has one paragraph per line and blank lines between blocks. A section
 * number stands on a line of its own, followed by its title on the next non-blank line. The
 * first line that is not chrome is the chapter title, which is printed without its number.
 */

export interface SourceLine {
  readonly line: number;
  readonly text: string;
}

export type Block =
  | { readonly kind: 'heading'; readonly number: string; readonly title: string; readonly line: number }
  | { readonly kind: 'recommendations'; readonly title: string; readonly items: readonly SourceLine[]; readonly line: number }
  | { readonly kind: 'list'; readonly items: readonly SourceLine[]; readonly line: number }
  | { readonly kind: 'paragraph'; readonly text: string; readonly line: number };

export interface LineNote {
  readonly line: number;
  readonly message: string;
}

export interface ChapterLayout {
  readonly blocks: readonly Block[];
  /** Lines that are not chapter text and were left out; reported, never dropped silently. */
  readonly skipped: readonly LineNote[];
  /** Anything in the layout that did not look as expected. */
  readonly issues: readonly LineNote[];
}

export interface LayoutOptions {
  /** The chapter number; the text prints the chapter title without it. */
  readonly chapter: string;
  /** Lines of the web page around the chapter (navigation links), skipped when they stand alone. */
  readonly chromeLines?: readonly string[];
  /** Titles of the recommendation box. */
  readonly boxTitles?: readonly string[];
}

export const DEFAULT_CHROME_LINES = ['Till sidinnehåll', 'Till huvudinnehåll', 'Hoppa till innehåll', 'Till toppen', 'Skriv ut', 'Dela'];
export const DEFAULT_BOX_TITLES = ['Rekommendationer', 'Rekommendation'];

const SECTION_NUMBER = /^\d+(?:\.\d+)*$/u;
const BULLET = /^[ \t]*•[ \t\u00a0]*(.*)$/u;

/** Trims only tabs and ASCII spaces, so that a non-breaking space in the text is kept. */
function trimLine(text: string): string {
  return text.replace(/^[ \t]+|[ \t]+$/gu, '');
}

/** Groups non-blank lines into blocks separated by blank lines. */
function toBlocks(text: string): SourceLine[][] {
  const groups: SourceLine[][] = [];
  let current: SourceLine[] = [];
  text.replace(/^\uFEFF/u, '').split(/\r?\n/u).forEach((raw, index) => {
    if (trimLine(raw) === '') {
      if (current.length > 0) groups.push(current);
      current = [];
    } else {
      current.push({ line: index + 1, text: raw });
    }
  });
  if (current.length > 0) groups.push(current);
  return groups;
}

function isBulletBlock(group: readonly SourceLine[]): boolean {
  return group.every((l) => BULLET.test(l.text));
}

function bulletItems(group: readonly SourceLine[]): SourceLine[] {
  return group.map((l) => ({ line: l.line, text: trimLine(BULLET.exec(l.text)?.[1] ?? '') }));
}

/** Checks that a section number follows the previous ones: right chapter, parent present, next in line. */
function checkNumber(number: string, chapter: string, seen: readonly string[]): string | undefined {
  const parts = number.split('.');
  if (parts[0] !== chapter) return `section ${number} does not belong to chapter ${chapter}`;
  if (parts.length > 6) return `section ${number} is nested deeper than Markdown headings go (6 levels)`;
  const parent = parts.slice(0, -1).join('.');
  if (parent !== '' && !seen.includes(parent)) return `section ${number} has no parent section ${parent}`;
  const siblings = seen.filter((s) => s.split('.').length === parts.length && s.startsWith(`${parent}.`));
  const expected = siblings.length === 0 ? 1 : Number(siblings[siblings.length - 1]?.split('.').pop()) + 1;
  const own = Number(parts[parts.length - 1]);
  if (parts.length > 1 && own !== expected) return `section ${number} follows ${siblings.at(-1) ?? parent}; expected ${parent}.${expected}`;
  return undefined;
}

export function readChapterLayout(text: string, options: LayoutOptions): ChapterLayout {
  const chrome = new Set(options.chromeLines ?? DEFAULT_CHROME_LINES);
  const boxTitles = new Set(options.boxTitles ?? DEFAULT_BOX_TITLES);
  const blocks: Block[] = [];
  const skipped: LineNote[] = [];
  const issues: LineNote[] = [];
  const seen: string[] = [];
  const groups = toBlocks(text);

  for (let i = 0; i < groups.length; i++) {
    const group = groups[i] ?? [];
    const first = group[0];
    if (!first) continue;
    const single = group.length === 1 ? trimLine(first.text) : undefined;

    if (single !== undefined && chrome.has(single)) {
      skipped.push({ line: first.line, message: `"${single}" (web-page chrome, not chapter text)` });
      continue;
    }
    if (blocks.length === 0) {
      // The chapter title is printed without its number; the number comes from the options.
      if (single === undefined) issues.push({ line: first.line, message: 'chapter title spans several lines; joined with spaces' });
      blocks.push({ kind: 'heading', number: options.chapter, title: group.map((l) => trimLine(l.text)).join(' '), line: first.line });
      seen.push(options.chapter);
      continue;
    }
    if (single !== undefined && SECTION_NUMBER.test(single)) {
      const titleGroup = groups[i + 1];
      const titleLine = titleGroup?.length === 1 ? titleGroup[0] : undefined;
      if (!titleLine || SECTION_NUMBER.test(trimLine(titleLine.text))) {
        issues.push({ line: first.line, message: `section number ${single} is not followed by a one-line title; kept as a paragraph` });
        blocks.push({ kind: 'paragraph', text: single, line: first.line });
        continue;
      }
      const problem = checkNumber(single, options.chapter, seen);
      if (problem) issues.push({ line: first.line, message: problem });
      seen.push(single);
      blocks.push({ kind: 'heading', number: single, title: trimLine(titleLine.text), line: first.line });
      i++;
      continue;
    }
    if (single !== undefined && boxTitles.has(single)) {
      const next = groups[i + 1];
      if (next && isBulletBlock(next)) {
        blocks.push({ kind: 'recommendations', title: single, items: bulletItems(next), line: first.line });
        i++;
        continue;
      }
      issues.push({ line: first.line, message: `"${single}" is not followed by • bullets; kept as a paragraph` });
    }
    if (isBulletBlock(group)) {
      issues.push({ line: first.line, message: '• bullets outside a recommendation box; written as a plain list' });
      blocks.push({ kind: 'list', items: bulletItems(group), line: first.line });
      continue;
    }
    if (group.length > 1) issues.push({ line: first.line, message: `paragraph spans ${group.length} lines; joined with spaces` });
    blocks.push({ kind: 'paragraph', text: group.map((l) => trimLine(l.text)).join(' '), line: first.line });
  }
  return { blocks, skipped, issues };
}
