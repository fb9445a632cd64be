import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGuidelineSources } from '@guideline-as-code/parser';
import type { GuidelineOnDisk } from '@guideline-as-code/remark-preset-guideline';
import { LspClient } from '../client/lsp-client.js';
import { rememberedFolder, RememberedFindings } from './remembered-findings.js';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const bin = fileURLToPath(new URL('../../bin/guideline-language-server.cjs', import.meta.url));
const chapterPath = 'guideline-src/livmoderkroppscancer/13-behandling-av-aterfall.md';

let project: string;

beforeAll(async () => {
  project = await mkdtemp(path.join(os.tmpdir(), 'guideline-remembered-'));
  await cp(path.join(repoRoot, 'guideline-src'), path.join(project, 'guideline-src'), { recursive: true });
});

afterAll(async () => {
  await rm(project, { recursive: true, force: true });
});

async function onDisk(): Promise<GuidelineOnDisk> {
  const { sources, diagnostics } = await readGuidelineSources(project, 'livmoderkroppscancer');
  return { sources, diagnostics, config: { config: {}, diagnostics: [] } };
}

describe('the findings kept for the next server', () => {
  it('are addressed by every source text, the rule settings and the code', async () => {
    const remembered = new RememberedFindings(project, () => 'code-a');
    const base = await onDisk();
    const key = remembered.keyOf(base);
    expect(remembered.keyOf(await onDisk())).toBe(key);
    const edited = structuredClone(base);
    edited.sources.chapters[0]!.text += '\nEn ny mening.';
    expect(remembered.keyOf(edited)).not.toBe(key);
    const lexiconEdited = structuredClone(base);
    lexiconEdited.sources.lexicon[0]!.text += '\n';
    expect(remembered.keyOf(lexiconEdited)).not.toBe(key);
    expect(remembered.keyOf({ ...base, config: { config: { rules: { 'dose-range': 'off' } }, diagnostics: [] } })).not.toBe(key);
    expect(new RememberedFindings(project, () => 'code-b').keyOf(base)).not.toBe(key);
  });

  it('are read back only under the key they were kept with, and code that changed drops them', async () => {
    const a = new RememberedFindings(project, () => 'code-a');
    a.set('some-guideline', 'key-1', [{ ruleId: 'dose-range', severity: 'warning', message: { en: 'kept', sv: 'sparad' }, source: null }]);
    expect(a.get('some-guideline', 'key-1')?.[0]?.message.en).toBe('kept');
    expect(a.get('some-guideline', 'key-2')).toBeUndefined();
    expect(a.get('other-guideline', 'key-1')).toBeUndefined();
    new RememberedFindings(project, () => 'code-b').set('some-guideline', 'key-1', []);
    expect(await readdir(path.join(project, rememberedFolder))).toEqual(['code-b']);
    await rm(path.join(project, rememberedFolder), { recursive: true, force: true });
  });
});

describe('a server started on an unchanged guideline, over stdio', () => {
  it('publishes what the last server found at once, then its own check', async () => {
    const uri = pathToFileURL(path.join(project, chapterPath)).href;
    const text = await readFile(path.join(project, chapterPath), 'utf8');
    const first = LspClient.start({ script: bin, args: ['--stdio'], cwd: project });
    await first.initialize(pathToFileURL(project).href);
    await first.open(uri, text, 1);
    const found = (await first.diagnosticsFor(uri, 1)).diagnostics;
    expect(await first.stop(), first.stderr).toBe(0);

    // What the first server kept, with a finding of our own added: the next server must show it
    // first (it was read from the disk), then its own check's findings, which do not have it.
    const dir = path.join(project, rememberedFolder);
    const [version] = await readdir(dir);
    const file = path.join(dir, version!, 'livmoderkroppscancer.json');
    const kept = JSON.parse(await readFile(file, 'utf8')) as { key: string; findings: unknown[] };
    const marker = { ruleId: 'dose-range', severity: 'warning', message: { en: 'Marker from the last server', sv: 'Markör från förra servern' }, source: { file: chapterPath, start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } } };
    await writeFile(file, JSON.stringify({ key: kept.key, findings: [...kept.findings, marker] }));

    const second = LspClient.start({ script: bin, args: ['--stdio'], cwd: project });
    await second.initialize(pathToFileURL(project).href);
    await second.open(uri, text, 1);
    const own = await second.diagnostics(uri, (params) => params.version === 1 && !params.diagnostics.some((d) => d.message.includes('Markör')));
    const forUri = second.published.filter((params) => params.uri === uri && params.version === 1);
    expect(forUri[0]?.diagnostics.some((d) => d.message.includes('Markör'))).toBe(true);
    expect(own.diagnostics).toEqual(found);
    expect(await second.stop(), second.stderr).toBe(0);

    // A chapter changed on disk has another key: what was kept is not shown.
    await writeFile(path.join(project, chapterPath), `${text}\nEn ny mening utan dos.\n`);
    const third = LspClient.start({ script: bin, args: ['--stdio'], cwd: project });
    await third.initialize(pathToFileURL(project).href);
    await third.open(uri, `${text}\nEn ny mening utan dos.\n`, 1);
    await third.diagnosticsFor(uri, 1);
    expect(third.published.filter((params) => params.uri === uri).every((params) => !params.diagnostics.some((d) => d.message.includes('Markör')))).toBe(true);
    expect(await third.stop(), third.stderr).toBe(0);
    await writeFile(path.join(project, chapterPath), text);
  });
});
