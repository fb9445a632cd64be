import { existsSync, readdirSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseCounts } from '@guideline-as-code/parser';
import { describe, expect, it } from 'vitest';
import { cacheFolder, DiskCache, lexiconCacheFolder } from './disk-cache.js';
import { main } from './main.js';
import { guidelineYaml, tempProject } from './test-support/temp-project.js';

/** Runs the command line with a parse cache on disk, as the bin does. */
async function check(root: string): Promise<string> {
  let stdout = '';
  await main(['check', '--format', 'json'], { cwd: root, stdout: (text) => (stdout += text), stderr: () => undefined }, (projectRoot) => new DiskCache(projectRoot, 'test'));
  return stdout;
}

describe('checking with the cache on disk', () => {
  it('reports the same findings from the cache, and the new ones as soon as a source changes', async () => {
    const chapter = 'guideline-src/g/13-aterfall.md';
    const root = await tempProject({
      'guideline-src/g/guideline.yaml': guidelineYaml,
      'guideline-src/g/references.yaml': '- id: "1"\n',
      [chapter]: '# 13 Återfall\n\nText [@1] och [@2].\n',
      'guideline-src/g/14-uppfoljning.md': '# 14 Uppföljning\n\nDostarlimab 500 mg var 3:e vecka rekommenderas.\n',
    });
    const cold = await check(root);
    expect(await check(root)).toBe(cold);

    await writeFile(path.join(root, chapter), '# 13 Återfall\n\nText [@1] och [@3].\n');
    const edited = JSON.parse(await check(root)) as { diagnostics: { ruleId: string; message: string }[] };
    expect(edited.diagnostics.filter((d) => d.ruleId === 'unresolved-citation').map((d) => d.message)).toEqual([expect.stringContaining('`@3`')]);

    // A change in a shared file (the references) reaches every chapter read from the cache.
    await writeFile(path.join(root, 'guideline-src/g/references.yaml'), '- id: "1"\n- id: "3"\n');
    const fixed = JSON.parse(await check(root)) as { diagnostics: { ruleId: string }[] };
    expect(fixed.diagnostics.some((d) => d.ruleId === 'unresolved-citation')).toBe(false);
  });
});

describe('what the cache on disk is keyed on', () => {
  it('never gives back what other code made: another code version is a miss, and its entries are removed', async () => {
    const root = await tempProject({});
    new DiskCache(root, '0.1.0-reader-a').set('some-key', { graph: 'made by reader a' });
    new DiskCache(root, '0.1.0-reader-a').set('lexicon-some-key', { lexicon: 'made by reader a' });
    expect(new DiskCache(root, '0.1.0-reader-a').get('some-key')).toEqual({ graph: 'made by reader a' });

    const changedReader = new DiskCache(root, '0.1.0-reader-b');
    expect(changedReader.get('some-key')).toBeUndefined();
    expect(changedReader.get('lexicon-some-key')).toBeUndefined();
    expect(existsSync(path.join(root, cacheFolder, '0.1.0-reader-a'))).toBe(false);
    expect(existsSync(path.join(root, lexiconCacheFolder, '0.1.0-reader-a'))).toBe(false);
  });

  it('reads a compiled lexicon from disk once per run and hands every guideline the same one', async () => {
    const root = await tempProject({});
    new DiskCache(root, 'test').set('lexicon-some-key', { lexicon: 'compiled' });
    const cache = new DiskCache(root, 'test');
    const first = cache.get('lexicon-some-key');
    await rm(path.join(root, lexiconCacheFolder), { recursive: true });
    expect(cache.get('lexicon-some-key')).toBe(first);
    expect(new DiskCache(root, 'test').get('lexicon-some-key')).toBeUndefined();
  });

  it('keeps the compiled lexicon when parse results are forgotten, replays its findings, and compiles it again when a lexicon file changes', async () => {
    // A lexicon file with a finding (an unknown key), which a lexicon from the cache must report too.
    const broken = 'guideline-src/lexicon/zz-brokenumab.yaml';
    const root = await tempProject({
      'guideline-src/g/guideline.yaml': guidelineYaml,
      'guideline-src/g/13-aterfall.md': '# 13 Återfall\n\nKarboplatin AUC 5 och paklitaxel 175 mg/m2 var 3:e vecka.\n',
      [broken]: 'id: brokenumab\nname: brokenumab\nnot-a-lexicon-key: 1\n',
    });
    const compiled = async (): Promise<{ output: string; lexiconParses: number }> => {
      const before = parseCounts().lexicon;
      const output = await check(root);
      return { output, lexiconParses: parseCounts().lexicon - before };
    };
    const cold = await compiled();
    expect(cold.lexiconParses).toBe(1);
    const lexiconFindings = (output: string) => (JSON.parse(output) as { diagnostics: { file: string | null; ruleId: string }[] }).diagnostics.filter((d) => d.file === broken).map((d) => d.ruleId);
    expect(lexiconFindings(cold.output)).toContain('schema:additionalProperties');

    await rm(path.join(root, cacheFolder), { recursive: true });
    expect(await compiled()).toEqual({ output: cold.output, lexiconParses: 0 });

    const lexiconEntries = () => readdirSync(path.join(root, lexiconCacheFolder, 'test'));
    const [before] = lexiconEntries();
    await writeFile(path.join(root, broken), `${await readFile(path.join(root, broken), 'utf8')}another-unknown-key: 2\n`);
    const edited = await compiled();
    expect(edited.lexiconParses).toBe(1);
    expect(lexiconFindings(edited.output).length).toBeGreaterThan(lexiconFindings(cold.output).length);
    // Only the lexicon this run used is kept.
    expect(lexiconEntries()).toHaveLength(1);
    expect(lexiconEntries()).not.toContain(before);
  });
});
