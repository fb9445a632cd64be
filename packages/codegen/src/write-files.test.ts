import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFolder } from './write-files.js';

describe('writeFolder', () => {
  it('writes what changed, keeps what is the same, and deletes stale files and empty folders', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'codegen-write-'));
    await mkdir(path.join(folder, 'old', 'deeper'), { recursive: true });
    await writeFile(path.join(folder, 'old', 'deeper', 'stale.js'), 'stale');
    await writeFile(path.join(folder, 'same.js'), 'same');
    await writeFile(path.join(folder, 'changed.js'), 'before');

    const summary = await writeFolder(folder, new Map([['same.js', 'same'], ['changed.js', 'after'], ['runtime/new.js', 'new']]));

    expect(summary).toEqual({ written: 2, unchanged: 1, deleted: 1 });
    expect((await readdir(folder, { recursive: true })).sort()).toEqual(['changed.js', 'runtime', 'runtime/new.js', 'same.js']);
    expect(await readFile(path.join(folder, 'changed.js'), 'utf8')).toBe('after');
  });

  it('creates the folder when it does not exist', async () => {
    const folder = path.join(await mkdtemp(path.join(tmpdir(), 'codegen-write-')), 'dist');
    expect(await writeFolder(folder, new Map([['index.js', 'x']]))).toEqual({ written: 1, unchanged: 0, deleted: 0 });
  });
});
