import { spawnSync } from 'node:child_process';
import { mkdtemp, mkdir, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findGuidelines, readGuidelineSources, type SharedReads } from './read-project.js';

async function project(files: Record<string, string>, links: Record<string, string> = {}): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'read-project-'));
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  }
  for (const [link, target] of Object.entries(links)) await symlink(target, path.join(root, link));
  return root;
}

const findings = async (root: string, key: string) =>
  (await readGuidelineSources(root, key)).diagnostics.map((d) => `${d.source?.file} ${d.ruleId}`);

describe('reading a project from disk', () => {
  it('reports a chapter that is a link leading out of guideline-src/ via `..`, and reads the rest', async () => {
    const root = await project({ 'outside.md': '# 14 Ute\n', 'guideline-src/g/13-a.md': '# 13 A\n' }, { 'guideline-src/g/14-ute.md': '../../outside.md' });
    const { sources, diagnostics } = await readGuidelineSources(root, 'g');
    expect(diagnostics.map((d) => `${d.source?.file} ${d.ruleId}`)).toEqual(['guideline-src/g/14-ute.md path-outside-sources']);
    expect(sources.chapters.map((chapter) => chapter.path)).toEqual(['guideline-src/g/13-a.md']);
  });

  it('lists a linked guideline folder and reports it when it leads outside, instead of skipping it', async () => {
    const root = await project({ 'outside/13-a.md': '# 13 Ute\n', 'guideline-src/g/13-a.md': '# 13 A\n' }, { 'guideline-src/ute': '../outside' });
    expect(await findGuidelines(root)).toEqual(['g', 'ute']);
    expect(await findings(root, 'ute')).toEqual(['guideline-src/ute path-outside-sources']);
    expect((await readGuidelineSources(root, 'ute')).sources.chapters).toEqual([]);
  });

  it('reports a linked folder that leads nowhere', async () => {
    const root = await project({ 'guideline-src/g/13-a.md': '# 13 A\n' }, { 'guideline-src/borta': 'finns-inte' });
    expect(await findGuidelines(root)).toEqual(['borta', 'g']);
    expect(await findings(root, 'borta')).toEqual(['guideline-src/borta unreadable-file']);
  });

  it('reads a link that stays inside guideline-src/, and skips a link to a file at the top', async () => {
    const root = await project({ 'guideline-src/g/13-a.md': '# 13 A\n', 'guideline-src/delad.md': '# 14 B\n' }, {
      'guideline-src/g/14-b.md': '../delad.md',
      'guideline-src/fil-lank': 'delad.md',
    });
    expect(await findGuidelines(root)).toEqual(['g']);
    const { sources, diagnostics } = await readGuidelineSources(root, 'g');
    expect(diagnostics).toEqual([]);
    expect(sources.chapters.map((chapter) => chapter.text)).toEqual(['# 13 A\n', '# 14 B\n']);
  });

  it('reports every file of a lexicon folder that is a link leading outside, and reads none of them', async () => {
    const root = await project({ 'outside/lexicon/drug.yaml': 'id: drug\n', 'guideline-src/g/13-a.md': '# 13 A\n' }, { 'guideline-src/lexicon': '../outside/lexicon' });
    const { sources, diagnostics } = await readGuidelineSources(root, 'g');
    expect(diagnostics.map((d) => `${d.source?.file} ${d.ruleId}`)).toEqual(['guideline-src/lexicon/drug.yaml path-outside-sources']);
    expect(sources.lexicon).toEqual([]);
  });

  it.skipIf(process.platform === 'win32')('skips a named pipe called like a chapter, and a folder, without waiting on them', async () => {
    const root = await project({ 'guideline-src/g/13-a.md': '# 13 A\n', 'guideline-src/g/15-mapp.md/x': 'x' });
    expect(spawnSync('mkfifo', [path.join(root, 'guideline-src/g/14-ror.md')]).status).toBe(0);
    const { sources, diagnostics } = await readGuidelineSources(root, 'g');
    expect(diagnostics).toEqual([]);
    expect(sources.chapters.map((chapter) => chapter.path)).toEqual(['guideline-src/g/13-a.md']);
  });

  it('reads the shared lexicon once for the guidelines of one run, and reports its findings with each guideline', async () => {
    const root = await project(
      { 'outside.yaml': 'id: ute\n', 'guideline-src/g/13-a.md': '# 13 A\n', 'guideline-src/h/13-b.md': '# 13 B\n', 'guideline-src/lexicon/a.yaml': 'id: a\n' },
      { 'guideline-src/lexicon/ute.yaml': '../../outside.yaml' },
    );
    const shared: SharedReads = new Map();
    const g = await readGuidelineSources(root, 'g', shared);
    await writeFile(path.join(root, 'guideline-src/lexicon/a.yaml'), 'id: changed-within-the-run\n');
    const h = await readGuidelineSources(root, 'h', shared);
    expect(h.sources.lexicon).toBe(g.sources.lexicon);
    expect(h.sources.lexicon.map((file) => file.text)).toEqual(['id: a\n']);
    for (const read of [g, h]) expect(read.diagnostics.map((d) => `${d.source?.file} ${d.ruleId}`)).toEqual(['guideline-src/lexicon/ute.yaml path-outside-sources']);
    // Without a shared map (the next run), the lexicon is read again.
    expect((await readGuidelineSources(root, 'h')).sources.lexicon.map((file) => file.text)).toEqual(['id: changed-within-the-run\n']);
  });
});
