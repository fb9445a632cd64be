// `guideline build` on a copy of the repository's guideline: check, then write the graph and
// the content packages; reproducibly, without stale files, and nothing at all on errors.
import { cp, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repositoryRoot, run } from '../test-support/temp-project.js';

const contentPackages = ['fhir', 'knowledge-graph', 'references', 'regimens', 'rules'];

/** A project with the repository's guideline sources and content packages' package.json files. */
async function copyOfRepository(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'guideline-build-'));
  await cp(path.join(repositoryRoot, 'guideline-src'), path.join(root, 'guideline-src'), { recursive: true });
  for (const name of contentPackages) {
    await mkdir(path.join(root, 'packages/content', name), { recursive: true });
    await cp(path.join(repositoryRoot, 'packages/content', name, 'package.json'), path.join(root, 'packages/content', name, 'package.json'));
  }
  return root;
}

/** What a build wrote: every file under build/ and the content packages' dist/, with its bytes. */
async function outputs(root: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const folder of ['build', ...contentPackages.map((name) => `packages/content/${name}/dist`)]) {
    if (!existsSync(path.join(root, folder))) continue;
    for (const entry of await readdir(path.join(root, folder), { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) {
        const file = path.join(entry.parentPath, entry.name);
        files.set(path.relative(root, file), await readFile(file));
      }
    }
  }
  return files;
}

describe('guideline build', () => {
  it('writes the graph and the content packages, byte-identically in two builds, deleting stale files', async () => {
    const [first, second] = [await copyOfRepository(), await copyOfRepository()];
    const stale = path.join(second, 'packages/content/regimens/dist/removed-regimen.js');
    await mkdir(path.dirname(stale), { recursive: true });
    await writeFile(stale, 'export const stale = true;\n');

    const one = await run(first, 'build', '--lang', 'en');
    const two = await run(second, 'build', '--lang', 'en');

    expect(one.code, one.stderr).toBe(0);
    expect(two.code, two.stderr).toBe(0);
    expect(one.stderr).toMatch(/^wrote build\/graphs\/livmoderkroppscancer\.json \(\d+ nodes, \d+ edges\)$/m);
    expect(one.stderr).toMatch(/^prose coverage 100\.0 % \(\d+ of \d+ characters in exactly one node\)$/m);
    for (const name of contentPackages) {
      expect(one.stderr).toMatch(new RegExp(`^wrote packages/content/${name}/dist \\(@rcc-livmoderkroppscancer/${name} \\d+\\.\\d+\\.\\d+: \\d+ written, 0 unchanged, 0 stale deleted\\)$`, 'm'));
    }
    expect(two.stderr).toMatch(/^wrote packages\/content\/regimens\/dist \(.*, 1 stale deleted\)$/m);
    expect(existsSync(stale)).toBe(false);

    const [a, b] = [await outputs(first), await outputs(second)];
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    expect([...a.keys()]).toEqual(expect.arrayContaining(['packages/content/regimens/dist/index.js', 'packages/content/regimens/dist/index.d.ts', 'packages/content/knowledge-graph/dist/graph.json']));
    for (const [file, bytes] of a) expect(b.get(file)?.equals(bytes), file).toBe(true);

    const rebuilt = await run(first, 'build');
    expect(rebuilt.stderr).toMatch(/^skrev packages\/content\/regimens\/dist \(.*: skrivna 0, oförändrade \d+, inaktuella borttagna 0\)$/m);
    expect(rebuilt.stderr).toMatch(/^skrev build\/graphs\/livmoderkroppscancer\.json \(\d+ noder, \d+ kanter\)$/m);
    expect(rebuilt.stderr).toMatch(/^täckning av löptexten 100\.0 % \(\d+ av \d+ tecken i exakt en nod\)$/m);
    expect(rebuilt.stderr.trimEnd().split('\n').at(-1)).toMatch(/^0 fel, \d+ varning(ar)?, \d+ godtag(en|na)$/);
  });

  it('stops with exit 1 on errors and writes neither the graph nor any package', async () => {
    const root = await copyOfRepository();
    const chapter = path.join(root, 'guideline-src/livmoderkroppscancer/13-behandling-av-aterfall.md');
    await writeFile(chapter, `${await readFile(chapter, 'utf8')}\nEn mening med en okänd referens [@99999].\n`);

    const { code, stderr } = await run(root, 'build', '--lang', 'en');

    expect(code).toBe(1);
    expect(stderr).toMatch(/unresolved-citation/);
    expect(stderr).toMatch(/Build stopped: fix the errors above first\./);
    expect((await outputs(root)).size).toBe(0);
    const swedish = await run(root, 'build');
    expect(swedish.code).toBe(1);
    expect(swedish.stderr.trimEnd().split('\n').slice(-2)).toEqual([expect.stringMatching(/^✖ 1 fel, \d+ varning(ar)?, \d+ godtag(en|na)$/), 'Bygget stoppades: rätta felen ovan först.']);
  });
});
