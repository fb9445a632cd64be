// The guideline's other sources, kept warm by the preset, on a copy of the project that changes on disk.
import { cp, mkdtemp, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { VFileMessage } from 'vfile-message';
import { describe, expect, it } from 'vitest';
import { parseCounts } from '@guideline-as-code/parser';
import { lintInEngine } from './__fixtures__/lint-in-engine.js';

const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));
const chapterPath = 'guideline-src/livmoderkroppscancer/13-behandling-av-aterfall.md';
const referencesPath = 'guideline-src/livmoderkroppscancer/references.yaml';

async function copyOfProject(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'warm-guideline-'));
  for (const folder of ['livmoderkroppscancer', 'lexicon', 'vocabulary']) {
    await cp(path.join(repositoryRoot, 'guideline-src', folder), path.join(root, 'guideline-src', folder), { recursive: true });
  }
  return root;
}

const unresolved126 = (messages: { ruleId?: string | undefined; reason: string }[]) => messages.filter((m) => m.ruleId === 'unresolved-citation' && m.reason.includes('`@126`'));

describe('the sources kept warm between runs', () => {
  it('notices a reference file changed on disk with its size and mtime kept, and parses only that file again', async () => {
    const root = await copyOfProject();
    const chapter = await readFile(path.join(root, chapterPath), 'utf8');
    expect(unresolved126((await lintInEngine(root, chapterPath, chapter)).messages)).toEqual([]);

    // Reference 126 renumbered 127: same size; the mtime set back to what it was.
    const file = path.join(root, referencesPath);
    const before = await stat(file);
    const references = await readFile(file, 'utf8');
    expect(references).toContain('id: "126"');
    await writeFile(file, references.replace('id: "126"', 'id: "127"'));
    await utimes(file, before.atime, before.mtime);
    expect((await stat(file)).size).toBe(before.size);

    const counts = parseCounts();
    const after = await lintInEngine(root, chapterPath, chapter);
    expect(unresolved126(after.messages).length).toBeGreaterThan(0);
    // remark parsed the buffer, references.yaml was parsed again; the chapter (its fragment
    // does not depend on the references), the lexicon and the other YAML files were not.
    expect(parseCounts()).toEqual({ ...counts, markdown: counts.markdown + 1, yaml: counts.yaml + 1 });
  });

  it('reads a new chapter that appears on disk next to the buffer, and points at it as a related place', async () => {
    const root = await copyOfProject();
    const chapter = await readFile(path.join(root, chapterPath), 'utf8');
    await lintInEngine(root, chapterPath, chapter);
    // A chapter read before this one that uses section number 13 too: the buffer's heading is the duplicate.
    const other = 'guideline-src/livmoderkroppscancer/12-kopia.md';
    await writeFile(path.join(root, other), '# 13 Kopia\n\nText.\n');
    const after = await lintInEngine(root, chapterPath, chapter);
    const duplicates = after.messages.filter((m) => m.ruleId === 'duplicate-section-number');
    expect(duplicates.map((m) => m.line)).toEqual([chapter.split('\n').indexOf('# 13 Behandling av återfall') + 1]);
    const cause = duplicates[0]?.cause as VFileMessage | undefined;
    expect(cause && [path.resolve(root, cause.file ?? ''), cause.line, cause.column, cause.reason]).toEqual([path.join(root, other), 1, 1, 'första förekomsten']);
  });
});
