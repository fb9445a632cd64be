import { lstat, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { BigIntStats } from 'node:fs';

/**
 * File system timestamps are only as fine as the file system's clock: FAT keeps 2 s, HFS+ 1 s,
 * and ext4 or NTFS advance in ticks of a few milliseconds. A file written again within that
 * time of the last snapshot can keep its mtime and ctime, so it is not trusted to be unchanged.
 */
export const racyMarginNs = 2_000_000_000n;

/**
 * What the file system says about a set of files without reading them: for each path, its
 * device, inode, size, mtime and ctime (in nanoseconds), or why it could not be looked at.
 */
export class DiskSnapshot {
  private constructor(
    private readonly signatures: ReadonlyMap<string, string>,
    /** The latest mtime or ctime of any of the files. */
    private readonly newestNs: bigint,
    /** When the snapshot was taken, on the wall clock the file system stamps files with. */
    readonly takenNs: bigint,
  ) {}

  /**
   * Looks at every entry of the given folders (relative to `root`) and at the given single
   * files. A missing folder or file is recorded as missing, so that its appearing is noticed.
   */
  static async take(root: string, folders: readonly string[], files: readonly string[], nowNs = wallClockNs()): Promise<DiskSnapshot> {
    const listed = await Promise.all(folders.map(async (folder) => [folder, ...(await entries(root, folder))]));
    const paths = [...listed.flat(), ...files];
    const signatures = new Map(await Promise.all(paths.map(async (file) => [file, await signature(path.join(root, file))] as const)));
    let newestNs = 0n;
    for (const value of signatures.values()) {
      for (const time of value.times) if (time > newestNs) newestNs = time;
    }
    return new DiskSnapshot(new Map([...signatures].map(([file, value]) => [file, value.text])), newestNs, nowNs);
  }

  /**
   * Whether the files are certainly as they were when `earlier` was taken: every signature is
   * equal, and no file had changed so shortly before `earlier` that a later write could have
   * kept the same timestamps. A changed file with an unchanged mtime is still noticed: its
   * ctime (which no program can set back), size or inode differs, or it was written within
   * `racyMarginNs` of the earlier snapshot and is read again anyway.
   */
  unchangedSince(earlier: DiskSnapshot): boolean {
    if (earlier.newestNs + racyMarginNs >= earlier.takenNs) return false;
    if (earlier.signatures.size !== this.signatures.size) return false;
    for (const [file, text] of this.signatures) if (earlier.signatures.get(file) !== text) return false;
    return true;
  }
}

export function wallClockNs(): bigint {
  return BigInt(Date.now()) * 1_000_000n;
}

/** The entries of a folder (relative paths) that the guideline reader reads: not hidden ones such as an editor's swap file. */
async function entries(root: string, folder: string): Promise<string[]> {
  try {
    return (await readdir(path.join(root, folder))).filter((name) => !name.startsWith('.')).sort().map((name) => `${folder}/${name}`);
  } catch {
    // A folder that cannot be listed has no entries; its own signature (in the snapshot too) says why.
    return [];
  }
}

/** A link is looked at itself and at what it leads to, so that pointing it elsewhere is noticed. */
async function signature(file: string): Promise<{ text: string; times: bigint[] }> {
  try {
    const own = await lstat(file, { bigint: true });
    if (!own.isSymbolicLink()) return { text: describe(own), times: [own.mtimeNs, own.ctimeNs] };
    const target = await stat(file, { bigint: true });
    return { text: `${describe(own)} -> ${describe(target)}`, times: [own.mtimeNs, own.ctimeNs, target.mtimeNs, target.ctimeNs] };
  } catch (error) {
    return { text: `unreadable ${(error as NodeJS.ErrnoException).code ?? ''}`, times: [] };
  }
}

function describe(stats: BigIntStats): string {
  return `${stats.dev}:${stats.ino} ${stats.size} ${stats.mtimeNs} ${stats.ctimeNs}`;
}
