/**
 * End to end on the real chapter: guideline-src/livmoderkroppscancer/original/kapitel-13.txt.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EVIDENCE_GRADE, importChapter, type ImportOptions } from './import-chapter.js';
import { mergeReferences } from './references.js';

const GUIDELINE_DIR = new URL('../../../guideline-src/livmoderkroppscancer/', import.meta.url);
const SOURCE = readFileSync(new URL('original/kapitel-13.txt', GUIDELINE_DIR), 'utf8');

/** The options of the documented command (README.md): keep the two in step. */
const OPTIONS: ImportOptions = {
  chapter: '13',
  slug: 'behandling-av-aterfall',
  references: { min: 1, max: 190 },
  importedFrom: 'original/kapitel-13.txt',
};
const REGENERATE =
  'pnpm --filter @guideline-as-code/import-rcc build && pnpm --filter @guideline-as-code/import-rcc run import ' +
  'guideline-src/livmoderkroppscancer/original/kapitel-13.txt --guideline-dir guideline-src/livmoderkroppscancer ' +
  '--chapter 13 --slug behandling-av-aterfall --references 1-190';

const result = importChapter(SOURCE, OPTIONS);
const md = result.markdown;

const EXPECTED_SECTIONS = [
  '13', '13.1', '13.2', '13.3', '13.3.1', '13.3.2', '13.3.2.1', '13.3.2.2', '13.3.2.3', '13.3.2.4',
  '13.4', '13.4.1', '13.4.2', '13.4.2.1', '13.4.2.2', '13.4.2.3',
];
const EXPECTED_CITED = [60, 83, 84, 126, 133, ...Array.from({ length: 39 }, (_, i) => 152 + i)];

/** Markdown body: what follows the front matter. */
function body(markdown: string): string {
  const match = /^---\n[\s\S]*?\n---\n\n/u.exec(markdown);
  if (!match) throw new Error('no front matter');
  return markdown.slice(match[0].length);
}

/** Rebuilds the printed text from the Markdown, undoing only what the importer is meant to change. */
function reprint(markdown: string): string {
  return body(markdown)
    .replace(/\n$/u, '')
    .split('\n\n')
    .map((block) => {
      const box = /^:::recommendations\[(.*)\]\n([\s\S]*)\n:::$/u.exec(block);
      if (box) return `${box[1]}\n\n${(box[2] ?? '').split('\n').map((item) => item.replace(/^- /u, '  • ')).join('\n')}`;
      const heading = /^(#+) (\d+(?:\.\d+)*) (.*)$/u.exec(block);
      if (heading) return heading[2] === OPTIONS.chapter ? heading[3] : `${heading[2]}\n\n${heading[3]}`;
      return block;
    })
    .join('\n\n')
    .replace(/\[@([^\]]+)\]/gu, (_, keys: string) => keys.split('; @').join(''));
}

/** Can `run` be cut into at least `minParts` numbers of `allowed`? (The test's own, naive oracle.) */
function gluedFrom(run: string, allowed: ReadonlySet<number>, minParts: number): boolean {
  if (run === '') return minParts <= 0;
  for (let len = 1; len <= 3 && len <= run.length; len++) {
    if (allowed.has(Number(run.slice(0, len))) && run[0] !== '0' && gluedFrom(run.slice(len), allowed, minParts - 1)) return true;
  }
  return false;
}

/** The printed text without its citation numbers, found independently of the importer's rules. */
function withoutCitations(text: string): string {
  const allowed = new Set(EXPECTED_CITED);
  return text.replace(/\s(\d+)(?=([.,]?)(\s|$))/gu, (whole, run: string, punct: string, space: string, offset: number, all: string) => {
    const atClauseEnd = punct !== '' || all.slice(offset + whole.length) === '' || /^\n/u.test(all.slice(offset + whole.length));
    return gluedFrom(run, allowed, atClauseEnd ? 1 : 2) ? '' : whole;
  });
}

describe('import of chapter 13 (kapitel-13.txt)', () => {
  it('writes the 16 sections with their numbers, heading depth = number of components', () => {
    expect(result.headings).toEqual(EXPECTED_SECTIONS);
    const headings = [...md.matchAll(/^(#+) (\S+) /gmu)].map((m) => [m[1]?.length, m[2]]);
    expect(headings).toEqual(EXPECTED_SECTIONS.map((n) => [n.split('.').length, n]));
    expect(md).toContain('\n# 13 Behandling av återfall\n');
    expect(md).toContain('\n#### 13.3.2.1 Immunterapi\n');
  });

  it('writes the recommendation box as a directive with 10 bullets, 5 of them graded (+++ ×2, ++ ×1, + ×2)', () => {
    const box = /\n:::recommendations\[Rekommendationer\]\n([\s\S]*?)\n:::\n/u.exec(md);
    const items = (box?.[1] ?? '').split('\n');
    expect(items).toHaveLength(10);
    expect(items.every((item) => item.startsWith('- '))).toBe(true);
    const grades = items.map((item) => EVIDENCE_GRADE.exec(item)?.[1]).filter((g) => g !== undefined).sort();
    expect(grades).toEqual(['+', '+', '++', '+++', '+++']);
    expect(items).toContain('- Som första linjens cytostatikabehandling föreslås karboplatin (AUC 5) och paklitaxel (175\u00a0mg/m2) (+++). Om patienten tidigare fått denna behandling i postoperativ situation och det gått minst 6 månader sedan dess kan man överväga att på nytt ge denna behandling.');
    expect(result.recommendations).toEqual({ items: 10, graded: 5 });
  });

  it('cites exactly 60, 83, 84, 126, 133 and 152–190 (44 numbers)', () => {
    const keys = new Set([...md.matchAll(/@(\d+)/gu)].map((m) => Number(m[1])));
    expect([...keys].sort((a, b) => a - b)).toEqual(EXPECTED_CITED);
    expect(result.cited).toEqual(EXPECTED_CITED);
    expect(md).toContain('recidiverande sjukdom [@83; @153; @154].');
    expect(md).toContain('endometrioid subtyp [@166; @167; @168] mars 2022 godkände FDA');
    expect(md).toContain('Keynote 158-studien [@169].');
    expect(md).toContain('GOG 209-studien [@126].');
    expect(md).toContain('1 000 mg/dag [@175].');
    expect(md).toContain('ENGOT EN 15 (NCT05173987)');
    expect(md).toContain('Se avsnitt 13.3.2.1 Immunterapi\u00a0ovan.');
    expect(md).toContain('4 Gy x 5.');
  });

  it('keeps every sentence of the printed text, word for word', () => {
    const printed = withoutCitations(SOURCE.replace(/^Till sidinnehåll\n/u, ''));
    const markdown = md.replace(/\s\[@[^\]]+\]/gu, '');
    const sentences = printed.split(/\n+|(?<=[.!?])\s+/u).map((s) => s.replace(/^\s*•\s*/u, '').trim()).filter((s) => s !== '');
    expect(sentences.length).toBeGreaterThan(200);
    expect(sentences.filter((s) => !markdown.includes(s))).toEqual([]);
    expect(markdown).not.toMatch(/\s\d{5,}/u); // no glued citation run left behind
  });

  it('changes nothing but the layout and the citation syntax: the printed text can be rebuilt exactly', () => {
    expect(reprint(md)).toBe(SOURCE.replace(/^Till sidinnehåll\n\n/u, ''));
  });

  it('reports the skipped chrome line and finds no ambiguity', () => {
    expect(result.skipped).toEqual([{ line: 1, message: '"Till sidinnehåll" (web-page chrome, not chapter text)' }]);
    expect(md).not.toContain('Till sidinnehåll');
    expect(result.ambiguities).toEqual([]);
    expect(result.notes.map((n) => n.line)).toEqual([76]);
  });

  it('writes the front matter, one paragraph per line, one blank line between blocks and a final newline', () => {
    expect(md.startsWith('---\nchapter: 13\ntitle: Behandling av återfall\nimported-from: original/kapitel-13.txt\n---\n\n')).toBe(true);
    expect(md.endsWith('.\n')).toBe(true);
    expect(md).not.toMatch(/\n\n\n/u);
    // Every printed block is one Markdown block, except the chrome line (skipped), section number
    // and title (one heading each, 15 of them) and box title and bullets (one directive).
    expect(body(md).split('\n\n')).toHaveLength(SOURCE.split(/\n\n+/u).length - 1 - 15 - 1);
  });

  it('is deterministic', () => {
    expect(importChapter(SOURCE, OPTIONS).markdown).toBe(md);
  });
});

describe('the committed chapter keeps the imported text', () => {
  // Editors add structure to the imported chapter (regimen tables, acknowledgement comments)
  // but the guideline text itself stays word for word: every line the importer writes must
  // still be in the committed Markdown, in the same order.
  it('13-behandling-av-aterfall.md contains every imported line, in order', () => {
    const committed = readFileSync(new URL(result.fileName, GUIDELINE_DIR), 'utf8').split('\n');
    let at = 0;
    for (const line of md.split('\n').filter((l) => l !== '')) {
      const found = committed.indexOf(line, at);
      expect(
        found,
        `The committed chapter no longer contains this imported line (or has it out of order):\n  ${line}\n` +
          `If the importer changed, regenerate with:\n  ${REGENERATE}\n` +
          'If editors changed the guideline text on purpose, the Markdown is now the source: retire this test for the chapter.',
      ).toBeGreaterThanOrEqual(at);
      at = found + 1;
    }
  });

  it('guideline-src/livmoderkroppscancer/references.yaml has an entry for every cited number', () => {
    const committed = readFileSync(new URL('references.yaml', GUIDELINE_DIR), 'utf8');
    expect(mergeReferences(committed, result.cited).added, `missing references; regenerate with:\n  ${REGENERATE}`).toEqual([]);
    const ids = (parse(committed) as { id: string }[]).map((e) => e.id);
    expect(ids).toEqual(EXPECTED_CITED.map(String));
  });
});
