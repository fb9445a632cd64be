// The preset as editors run it: through unified-engine (what remark-cli and
// remark-language-server / unified-language-server use), on a buffer that differs from disk.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { VFileMessage } from 'vfile-message';
import { describe, expect, it } from 'vitest';
import { runChecks } from '@guideline-as-code/checks';
import { buildGuidelineGraph, parseCounts, readGuidelineSources } from '@guideline-as-code/parser';
import { lintInEngine } from './__fixtures__/lint-in-engine.js';

const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));
const chapterPath = 'guideline-src/livmoderkroppscancer/13-behandling-av-aterfall.md';
const onDisk = await readFile(path.join(repositoryRoot, chapterPath), 'utf8');
// The editor's unsaved change: dostarlimab's first dose 400 mg instead of 500 mg, in 13.3.2.1 only.
const stated = 'i första hand dostarlimab 500 mg var 3:e vecka';
const edited = onDisk.replace(stated, 'i första hand dostarlimab 400 mg var 3:e vecka');

/** The places a message points at: its own, then each related place down its chain of causes. */
function places(message: VFileMessage): string[] {
  const found: string[] = [];
  for (let at: unknown = message; at instanceof Error && 'place' in at; at = at.cause) {
    const m = at as VFileMessage;
    found.push(`${path.relative(repositoryRoot, path.resolve(repositoryRoot, m.file ?? ''))}:${m.line}:${m.column}`);
  }
  return found;
}

/** What `guideline check` finds in this file when the chapter reads `text`. */
async function expectedFindings(text: string) {
  const { sources, diagnostics } = await readGuidelineSources(repositoryRoot, 'livmoderkroppscancer');
  const parsed = buildGuidelineGraph({ ...sources, chapters: [{ path: chapterPath, text }] });
  return runChecks({ ...parsed, diagnostics: [...diagnostics, ...parsed.diagnostics] }).filter((d) => d.source?.file === chapterPath && !d.suppressed);
}

describe('the preset in unified-engine, on an unsaved buffer', () => {
  it('finds what guideline check finds in the buffer, with the related places, parsing the buffer once and nothing else again', async () => {
    expect(edited).not.toBe(onDisk);
    const expected = await expectedFindings(edited);
    const cold = parseCounts();
    const first = await lintInEngine(repositoryRoot, chapterPath, edited);
    const warm = parseCounts();

    expect(first.messages.map((m) => [m.ruleId, m.line, m.column, m.reason])).toEqual(expected.map((d) => [d.ruleId, d.source?.start.line, d.source?.start.column, d.message.sv]));
    const conflict = first.messages.find((m) => m.ruleId === 'dose-conflict' && m.line === onDisk.slice(0, onDisk.indexOf(stated)).split('\n').length);
    expect(conflict?.reason).toContain('`400 mg');
    expect(conflict).toMatchObject({ fatal: true, source: 'guideline', url: expect.stringContaining('#dose-conflict') });
    const related = expected.find((d) => d.ruleId === 'dose-conflict' && d.source?.start.line === conflict?.line)?.related ?? [];
    expect(related.length).toBeGreaterThan(0);
    expect(places(conflict!)).toEqual([`${chapterPath}:${conflict!.line}:${conflict!.column}`, ...related.map((r) => `${r.source.file}:${r.source.start.line}:${r.source.start.column}`)]);
    expect(conflict?.note).toContain(`Se även: ${related[0]!.source.file}:${related[0]!.source.start.line}:${related[0]!.source.start.column}`);
    // remark parsed the buffer; the parser read the chapter from that tree and did not parse it.
    expect(warm.markdown - cold.markdown).toBe(1);
    expect(warm.yaml - cold.yaml).toBeGreaterThan(1);
    expect(warm.lexicon - cold.lexicon).toBe(1);

    // The same buffer again: remark parses it (its own parse, once); nothing else is parsed.
    const again = await lintInEngine(repositoryRoot, chapterPath, edited);
    expect(again.messages.map(String)).toEqual(first.messages.map(String));
    expect(parseCounts()).toEqual({ ...warm, markdown: warm.markdown + 1 });

    // A further keystroke: the buffer is parsed once and read again (its front matter is YAML);
    // the lexicon, references, trials, patient facts and guideline metadata are not parsed again.
    const typed = edited.replace('Bilddiagnostik\n', 'Bilddiagnostik \n');
    expect(typed).not.toBe(edited);
    const before = parseCounts();
    const third = await lintInEngine(repositoryRoot, chapterPath, typed);
    expect(parseCounts()).toEqual({ ...before, markdown: before.markdown + 1, yaml: before.yaml + 1 });
    expect(third.messages.map((m) => m.ruleId)).toContain('dose-conflict');
  });

  it('shows nothing of the edit once the buffer matches the file on disk again', async () => {
    const file = await lintInEngine(repositoryRoot, chapterPath, onDisk);
    expect(file.messages.map((m) => [m.ruleId, m.line, m.reason])).toEqual((await expectedFindings(onDisk)).map((d) => [d.ruleId, d.source?.start.line, d.message.sv]));
    expect(file.messages.filter((m) => m.reason.includes('`400 mg'))).toEqual([]);
  });
});
