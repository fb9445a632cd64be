// The Swedish editor guide (guideline-src/README.md, "Godta ett fynd på en enda punkt …")
// walks through acknowledging a finding on one recommendation bullet. This test does what it
// says, on the real chapter, with the lines taken from the guide itself.
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chapterPath, realGuideline } from './test-support/real-guideline.js';
import { repositoryRoot, run } from './test-support/temp-project.js';

interface JsonFinding {
  ruleId: string;
  file: string | null;
  line: number | null;
  column: number | null;
  suppressed: { reason: string } | null;
}

interface GraphNode {
  id: string;
  type: string;
  text?: { value: string };
}

/** The guide's example: the `::villkor` line of the bullet and the comment line to write under it. */
function guideExample(): { ruleLine: string; commentLine: string } {
  const guide = readFileSync(path.join(repositoryRoot, 'guideline-src/README.md'), 'utf8');
  const section = guide.slice(guide.indexOf('### Godta ett fynd på en enda punkt'));
  const code = /```markdown\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  const lines = code.split('\n').map((line) => line.replace(/^ {3}/, ''));
  const commentLine = lines.find((line) => line.trimStart().startsWith('<!-- guideline-ignore')) ?? '';
  const ruleLine = lines.find((line) => line.trimStart().startsWith('::villkor')) ?? '';
  return { ruleLine, commentLine };
}

const roots: string[] = [];
afterAll(() => Promise.all(roots.map((root) => rm(root, { recursive: true, force: true }))));

async function project(edit: (chapter: string) => string): Promise<string> {
  const root = await realGuideline(edit);
  roots.push(root);
  return root;
}

async function check(root: string): Promise<JsonFinding[]> {
  const { stdout } = await run(root, 'check', '--format', 'json', '--lang', 'en', '--no-cache');
  return (JSON.parse(stdout) as { diagnostics: JsonFinding[] }).diagnostics.filter((f) => f.file === chapterPath);
}

async function recommendationTexts(root: string): Promise<Map<string, string>> {
  const { stdout } = await run(root, 'graph', '--json', '--no-cache');
  const nodes = (JSON.parse(stdout) as { nodes: GraphNode[] }).nodes.filter((node) => node.type === 'recommendation');
  return new Map(nodes.map((node) => [node.id, node.text?.value ?? '']));
}

/** The chapter with `line` written under the line that is exactly `after`. */
function insertUnder(chapter: string, after: string, line: string): string {
  const at = chapter.indexOf(`\n${after}\n`);
  expect(at, after).toBeGreaterThan(0);
  const end = at + after.length + 2;
  return `${chapter.slice(0, end)}${line}\n${chapter.slice(end)}`;
}

const lineOf = (chapter: string, text: string) => chapter.slice(0, chapter.indexOf(text)).split('\n').length;

describe('acknowledging a finding on one recommendation bullet, as the editor guide says', () => {
  const { ruleLine, commentLine } = guideExample();

  it('acknowledges that bullet only, keeps the text and the box whole', async () => {
    expect(ruleLine).toMatch(/^ {2}::villkor\[/);
    expect(commentLine).toMatch(/^ {2}<!-- guideline-ignore missing-evidence-grade: .+ -->$/);
    const original = readFileSync(path.join(repositoryRoot, chapterPath), 'utf8');
    const acknowledged = insertUnder(original, ruleLine, commentLine);
    const bulletLine = lineOf(acknowledged, `- Vid återfall bör man`);
    const dostarlimabLine = lineOf(acknowledged, '- Vid tumör med defekta MMR-proteiner');

    const before = await project((chapter) => chapter);
    const after = await project(() => acknowledged);
    const findings = await check(after);
    const grade = findings.filter((f) => f.ruleId === 'missing-evidence-grade');
    // The guide's bullet: acknowledged, with the reason from the comment.
    expect(grade.find((f) => f.line === bulletLine)?.suppressed?.reason).toMatch(/utredning/);
    // The same warning on another bullet of the same box stays a warning.
    expect(grade.find((f) => f.line === dostarlimabLine)?.suppressed).toBeNull();
    expect(findings.filter((f) => f.suppressed !== null)).toHaveLength((await check(before)).filter((f) => f.suppressed !== null).length + 1);
    expect(findings.filter((f) => f.ruleId.startsWith('suppression') || f.ruleId === 'unused-suppression' || f.ruleId === 'recommendation-box')).toEqual([]);
    // Every recommendation, with the same text: the comment is no text and splits nothing.
    expect(await recommendationTexts(after)).toEqual(await recommendationTexts(before));
  }, 120_000);

  it('does not cover a bullet added later next to the acknowledged one', async () => {
    const newBullet = '- Strålbehandling kan övervägas vid smärtsamma skelettmetastaser.\n  ::villkor[alltid]{#ny-punkt}';
    const root = await project((chapter) => insertUnder(insertUnder(chapter, ruleLine, commentLine), commentLine, newBullet));
    const chapter = insertUnder(insertUnder(readFileSync(path.join(repositoryRoot, chapterPath), 'utf8'), ruleLine, commentLine), commentLine, newBullet);
    const findings = await check(root);
    const onNewBullet = findings.filter((f) => f.ruleId === 'missing-evidence-grade' && f.line === lineOf(chapter, '- Strålbehandling kan övervägas'));
    expect(onNewBullet).toHaveLength(1);
    expect(onNewBullet[0]!.suppressed).toBeNull();
  }, 120_000);

  it('reports a comment it does not understand at its place: an unknown rule, text after the comment on its line', async () => {
    const unknownRule = commentLine.replace('missing-evidence-grade', 'missing-evidence-grad');
    const root = await project((chapter) =>
      insertUnder(chapter, ruleLine, unknownRule).replace(
        '- Palliativ strålbehandling är i många fall effektiv. (++)',
        '- <!-- guideline-ignore missing-evidence-grade: skäl --> Palliativ strålbehandling är i många fall effektiv. (++)',
      ),
    );
    const chapter = insertUnder(readFileSync(path.join(repositoryRoot, chapterPath), 'utf8'), ruleLine, unknownRule);
    const findings = await check(root);
    const at = (ruleId: string) => findings.filter((f) => f.ruleId === ruleId).map((f) => `${f.line}:${f.column}`);
    expect(at('suppression-unknown-rule')).toEqual([`${lineOf(chapter, unknownRule)}:3`]);
    expect(at('suppression-format')).toEqual([`${lineOf(chapter, '- Palliativ strålbehandling är i många fall')}:3`]);
  }, 120_000);
});
