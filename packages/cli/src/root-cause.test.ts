// Root cause first: deleting the `:::` that closes the chapter's recommendation box gives one
// error, at the line that opened the box, and nothing that only follows from it.
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chapterPath, realGuideline } from './test-support/real-guideline.js';
import { repositoryRoot, run } from './test-support/temp-project.js';

interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  line: number | null;
  column: number | null;
  suppressed: unknown;
}

const roots: string[] = [];
afterAll(() => Promise.all(roots.map((root) => rm(root, { recursive: true, force: true }))));

async function checkAndGraph(edit: (chapter: string) => string): Promise<{ findings: JsonFinding[]; texts: string[] }> {
  const root = await realGuideline(edit);
  roots.push(root);
  const check = await run(root, 'check', '--format', 'json', '--lang', 'en', '--no-cache');
  const graph = await run(root, 'graph', '--json', '--no-cache');
  const nodes = (JSON.parse(graph.stdout) as { nodes: { id: string; text?: { value: string } }[] }).nodes;
  return {
    findings: (JSON.parse(check.stdout) as { diagnostics: JsonFinding[] }).diagnostics,
    texts: nodes.map((node) => `${node.id}  ${node.text?.value ?? ''}`),
  };
}

describe('a recommendation box whose closing ::: is deleted, in the real chapter', () => {
  it('is reported once, at the line that opened it; the rest reads as before', async () => {
    const chapter = readFileSync(path.join(repositoryRoot, chapterPath), 'utf8');
    const lines = chapter.split('\n');
    const opening = lines.findIndex((line) => line.startsWith(':::recommendations'));
    const closing = lines.indexOf(':::', opening);
    expect(opening).toBeGreaterThan(0);
    const broken = [...lines.slice(0, closing), ...lines.slice(closing + 1)].join('\n');

    const before = await checkAndGraph((text) => text);
    const after = await checkAndGraph(() => broken);

    const errors = after.findings.filter((f) => f.severity === 'error' && f.suppressed === null);
    expect(errors.map((f) => `${f.line}:${f.column} ${f.ruleId}`)).toEqual([`${opening + 1}:1 unclosed-directive`]);
    expect(errors[0]!.message).toContain(`after line ${closing}`);
    // Every other finding is one the chapter had before, one line up past the deleted line.
    const shifted = before.findings.map((f) => ({ ...f, line: f.line !== null && f.line > closing ? f.line - 1 : f.line }));
    const rest = after.findings.filter((f) => f.ruleId !== 'unclosed-directive');
    expect(rest.map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.message}`)).toEqual(shifted.map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.message}`));
    // The text after the box is read as it was: the same nodes with the same text.
    expect(after.texts).toEqual(before.texts);
  });
});

describe('a regimen table whose delimiter row is broken or missing, in the real chapter', () => {
  const chapter = readFileSync(path.join(repositoryRoot, chapterPath), 'utf8');
  const lines = chapter.split('\n');
  // The first drug regimen (KarPak) and the last regimen block of the chapter (radiotherapy).
  const openings = lines.flatMap((line, index) => (line.startsWith(':::regimen') ? [index] : []));
  const tables = [openings[0]!, openings.at(-1)!].map((opening) => ({ header: opening + 1, delimiter: opening + 2 }));
  const edits = [
    { name: 'with too few cells', apply: (all: string[], at: number) => all.map((line, index) => (index === at ? '| --- | --- | --- |' : line)), shift: 0 },
    { name: 'deleted', apply: (all: string[], at: number) => all.filter((_, index) => index !== at), shift: 1 },
  ];

  it.each(tables.flatMap((table) => edits.map((edit) => ({ ...table, ...edit, label: `line ${table.delimiter + 1} ${edit.name}` }))))(
    'is one error at the table, $label; every other finding is as before',
    async ({ header, delimiter, apply, shift }) => {
      expect(lines[delimiter]).toMatch(/^\| --- \|/);
      const before = await checkAndGraph((text) => text);
      const after = await checkAndGraph(() => apply(lines, delimiter).join('\n'));
      const errors = after.findings.filter((f) => f.severity === 'error' && f.suppressed === null);
      expect(errors.map((f) => `${f.line}:${f.column} ${f.ruleId}`)).toEqual([`${header + 1}:1 malformed-table`]);
      const shifted = before.findings.map((f) => ({ ...f, line: f.line !== null && f.line > delimiter + 1 ? f.line - shift : f.line }));
      const rest = after.findings.filter((f) => f.ruleId !== 'malformed-table');
      expect(rest.map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.message}`)).toEqual(shifted.map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.message}`));
    },
  );
});
