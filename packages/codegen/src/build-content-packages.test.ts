// Building is reproducible: two builds of the same sources give byte-identical packages.
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateRealPackages, scratchFolder } from './test-support/generate-packages.js';
import { packageDir } from './test-support/import-package.js';

const folders: string[] = [];
afterAll(async () => {
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

/** Every file under a folder, by relative path, with its bytes. */
async function snapshot(folder: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(folder, file), await readFile(file));
  }
  return files;
}

describe('buildContentPackages', () => {
  it('builds byte-identical packages twice from the same sources', async () => {
    const folder = await scratchFolder('again-');
    folders.push(folder);
    const again = await generateRealPackages(folder);
    const names = ['fhir', 'knowledge-graph', 'references', 'regimens', 'rules'];
    expect(Object.keys(again).sort()).toEqual(names);
    for (const name of names) {
      const first = await snapshot(path.join(packageDir(name), 'dist'));
      const second = await snapshot(path.join(again[name]!, 'dist'));
      expect([...second.keys()].sort(), name).toEqual([...first.keys()].sort());
      for (const [file, bytes] of first) expect(second.get(file)?.equals(bytes), `${name}/dist/${file}`).toBe(true);
    }
  });

  it('writes no timestamps, absolute paths or machine-specific values', async () => {
    for (const name of ['fhir', 'knowledge-graph', 'references', 'regimens', 'rules']) {
      for (const [file, bytes] of await snapshot(path.join(packageDir(name), 'dist'))) {
        const text = bytes.toString('utf8');
        expect(text, `${name}/dist/${file}`).not.toMatch(/\b20\d\d-\d\d-\d\dT\d\d:/);
        expect(text, `${name}/dist/${file}`).not.toContain(packageDir(name));
        expect(text, `${name}/dist/${file}`).not.toContain('/work/');
      }
    }
  });
});
