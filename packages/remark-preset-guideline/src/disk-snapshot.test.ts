import { mkdtemp, mkdir, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiskSnapshot, racyMarginNs, wallClockNs } from './disk-snapshot.js';

/** A folder with one file whose mtime is set to a whole second in the past, so it can be set back exactly. */
async function folderWithFile(): Promise<{ root: string; file: string; mtime: number }> {
  const root = await mkdtemp(path.join(tmpdir(), 'disk-snapshot-'));
  await mkdir(path.join(root, 'g'));
  const file = path.join(root, 'g', 'references.yaml');
  await writeFile(file, '- id: a\n');
  const mtime = Math.floor(Date.now() / 1000) - 3600;
  await utimes(file, mtime, mtime);
  return { root, file, mtime };
}

// Snapshots are taken "later" than now, so that nothing counts as written too recently to trust,
// except in the test of exactly that.
const later = () => wallClockNs() + 10n * racyMarginNs;

describe('a snapshot of the files a guideline is read from', () => {
  it('trusts files that did not change', async () => {
    const { root } = await folderWithFile();
    const earlier = await DiskSnapshot.take(root, ['g'], ['config.json'], later());
    expect((await DiskSnapshot.take(root, ['g'], ['config.json'], later())).unchangedSince(earlier)).toBe(true);
  });

  it('notices a file whose content changed while its mtime was set back to the same value', async () => {
    const { root, file, mtime } = await folderWithFile();
    const earlier = await DiskSnapshot.take(root, ['g'], [], later());
    const before = await stat(file, { bigint: true });
    await writeFile(file, '- id: b\n');
    await utimes(file, mtime, mtime);
    const after = await stat(file, { bigint: true });
    expect(after.mtimeNs).toBe(before.mtimeNs);
    expect(after.size).toBe(before.size);
    expect((await DiskSnapshot.take(root, ['g'], [], later())).unchangedSince(earlier)).toBe(false);
  });

  it('does not trust files written shortly before the earlier snapshot, which a same-tick write could change unseen', async () => {
    const { root } = await folderWithFile();
    // The folder was just written (its entry was added): too recent at the time of a snapshot taken now.
    const earlier = await DiskSnapshot.take(root, ['g'], []);
    expect((await DiskSnapshot.take(root, ['g'], [])).unchangedSince(earlier)).toBe(false);
  });

  it('notices a file or a config file that appears', async () => {
    const { root } = await folderWithFile();
    const earlier = await DiskSnapshot.take(root, ['g', 'lexicon'], ['config.json'], later());
    await writeFile(path.join(root, 'config.json'), '{}');
    expect((await DiskSnapshot.take(root, ['g', 'lexicon'], ['config.json'], later())).unchangedSince(earlier)).toBe(false);
    const withConfig = await DiskSnapshot.take(root, ['g', 'lexicon'], ['config.json'], later());
    await writeFile(path.join(root, 'g', '14-ny.md'), '# 14 Ny\n');
    expect((await DiskSnapshot.take(root, ['g', 'lexicon'], ['config.json'], later())).unchangedSince(withConfig)).toBe(false);
  });
});
